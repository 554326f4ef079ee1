namespace DeployBot.Core.Storage;

/// <summary>One step of a plan version's checklist as stored: done or not, and who changed it when.</summary>
public sealed record StepTick(int Step, bool Done, string UserId, string? UserName, DateTimeOffset At);

/// <summary>What <see cref="IChecklistStore.SetAsync"/> did: <paramref name="Written"/> is false when the step already was in
/// that state (someone else was first); <paramref name="Standing"/> is the stored record, null for a step never ticked.</summary>
public sealed record StepTickResult(bool Written, StepTick? Standing);

/// <summary>The ticks of each plan version's Deployment Steps, keyed by (plan, version, step): the same on every replica.</summary>
public interface IChecklistStore
{
    /// <summary>
    /// Marks the step done (or not done) as <paramref name="tick"/> says, unless it already is: then the record that
    /// stands is kept and nothing is written, so a step ticked by two people at once is recorded once.
    /// </summary>
    Task<StepTickResult> SetAsync(string planId, int version, StepTick tick, CancellationToken cancellationToken);

    /// <summary>Every step of the version that was ever ticked (done or since unticked), by step number.</summary>
    Task<IReadOnlyList<StepTick>> GetAsync(string planId, int version, CancellationToken cancellationToken);
}
