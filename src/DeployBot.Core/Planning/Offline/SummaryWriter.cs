using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>
/// Writes the 3-5 sentence summary: where, what kind and which risks, how the window and the flag shape the plan.
/// User values (window, flag) are never followed by a capital letter, so they cannot change the sentence count.
/// </summary>
internal static class SummaryWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts, Schedule schedule)
    {
        var sentences = new List<string> { Where(facts), KindAndRisks(facts), Window(facts, schedule), Flag(facts, schedule) };
        if (facts.IsProduction)
        {
            var backup = facts.ChangesData ? ", a fresh backup" : string.Empty;
            sentences.Add($"Because this is production, the plan adds approvals, on-call told before starting{backup} and tighter rollback triggers.");
        }

        return sentences;
    }

    private static string Where(PlanFacts facts)
    {
        var risk = facts.Environment.Risk.ToString().ToLowerInvariant();
        var kind = facts.IsProduction ? "production" : "non-production";
        return $"This plan deploys the release described in the notes to {facts.Env}, a {risk}-risk {kind} environment.";
    }

    private static string KindAndRisks(PlanFacts facts)
    {
        var risks = facts.Analysis.Risks.Select(Wording.Risk).ToArray();
        var touching = risks.Length == 0
            ? "with no schema, auth, integration or infrastructure risks found in the notes"
            : $"whose risk areas are {Wording.List(risks)}";
        return $"It is {Wording.Kind(facts.Analysis.Kind)} {touching}.";
    }

    private static string Window(PlanFacts facts, Schedule schedule)
    {
        var total = schedule.TotalMinutes;
        if (facts.Window is not { } window)
        {
            return facts.IsProduction
                ? $"No maintenance window was given, so pick a low-traffic time agreed with on-call; the plan needs about {total} minutes."
                : $"No maintenance window was given, so any working hour suits {facts.Env}; the plan needs about {total} minutes.";
        }

        if (facts.WindowMinutes is not { } length)
        {
            return $"All steps and verification must fit inside the window {window}; the plan needs about {total} minutes, "
                + $"so stop starting new steps when less than {Schedule.RollbackReserve} minutes are left.";
        }

        return schedule.FitsIn(length)
            ? $"All steps and verification must fit inside the window {window}: the plan needs about {total} of its {length} minutes, "
                + $"leaving {length - total} minutes to roll back if needed."
            : $"The window {window} is about {length} minutes but the plan needs about {total}, so ask for a longer window or split the release rather than rushing it.";
    }

    private static string Flag(PlanFacts facts, Schedule schedule)
    {
        if (facts.Flag is not { } flag)
        {
            return "No feature flag was given, so the new code is live for everyone once deployed and rollback means redeploying the previous version.";
        }

        return $"The risky change ships dark behind the flag {flag}, ramped {FlagRamp.Describe(schedule.Ramp)} with holds and guard metrics, "
            + $"and turning {flag} off is the first rollback.";
    }
}
