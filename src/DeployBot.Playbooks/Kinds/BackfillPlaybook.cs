using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Data backfill or reindex: batched, resumable, throttled, its duration from the dry run, with replica lag
/// and load watched.</summary>
internal sealed class BackfillPlaybook : IPlaybook
{
    private const int DefaultMinutes = 30;

    public ChangeKind Kind => ChangeKind.Backfill;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var minutes = facts.Names.StatedMinutes ?? DefaultMinutes;
        var source = facts.Names.StatedMinutes is null ? "no duration was given, so time it on a staging copy first" : "the duration the notes give";
        yield return Automated(Phase.AfterRollout,
            $"Run {What(facts)} in small batches with a rate limit, resumable from the last batch, while watching replica lag and database load ({source}){Wording.Items(facts.ItemsWith(RiskArea.Data))}",
            facts.Paths.Backfill, minutes);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        yield return $"The backfill was dry-run on a staging copy and timed{(facts.Names.StatedMinutes is { } m ? $" (about {m} minutes)" : string.Empty)}; it runs in batches, can pause and resume, and has a throttle.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Data: backfill progress and row counts match the dry run, replica lag stays under 30 seconds, and a sample of changed records is spot-checked.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        yield return "Data rollback: pause the backfill (it resumes from its last batch later); restore the affected rows from the snapshot only if records were damaged.";
    }

    private static string What(PlanFacts facts) =>
        facts.Paths.Backfill is var script && facts.Names.Files.Contains(script) ? $"the backfill `{script}`" : "the backfill";
}
