namespace DeployBot.Core.Storage;

/// <summary>
/// What a new plan request must still pass when it is recorded, decided inside the one transaction that records its
/// plan and job (the store is the truth on restart and across replicas, and the acknowledgement waits for one commit):
/// fewer than <paramref name="PlansPerUser"/> plans by this requester since <paramref name="Since"/> (the rate limit),
/// and one free key among <paramref name="BudgetKeys"/> (the model budget: the first free one is taken and kept for
/// <paramref name="BudgetKeepFor"/>).
/// </summary>
public sealed record PlanAdmission(
    string Platform, string UserId, DateTimeOffset Since, int PlansPerUser, IReadOnlyList<string> BudgetKeys, TimeSpan BudgetKeepFor);

/// <summary>How <see cref="IJobQueue.AdmitAsync"/> ended; only <see cref="Recorded"/> wrote anything.</summary>
public enum AdmissionOutcome
{
    /// <summary>The plan, its job and one budget key were recorded.</summary>
    Recorded,

    /// <summary>A job with the same dedupe key exists (a platform retry): nothing was written, no budget spent.</summary>
    Duplicate,

    /// <summary>The requester already has the limit's number of plans in the window.</summary>
    RateLimited,

    /// <summary>Every budget key is taken.</summary>
    OverBudget,
}

/// <summary>The outcome, and which of the budget keys was taken (its index; -1 when none was).</summary>
public readonly record struct Admission(AdmissionOutcome Outcome, int BudgetKeyTaken);
