using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A library's changed on-disk format (<see cref="IndexRebuild"/>): the index is rebuilt with the new version beside the
/// old one, before the upgraded services read it, checked against the old one, and the old one kept untouched until the
/// new one is verified, since the previous version of the library reads only the old format. Takes the place of the
/// backfill playbook, whose batches, replica lag and database snapshot are a database's.
/// </summary>
internal sealed class IndexRebuildPlaybook : IPlaybook
{
    private const int DefaultMinutes = 30;

    public ChangeKind Kind => ChangeKind.Backfill;

    public bool Applies(PlanFacts facts) => facts.IndexRebuild is not null;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var rebuild = facts.IndexRebuild!;
        var minutes = facts.Names.StatedMinutes ?? DefaultMinutes;
        var timing = facts.Names.StatedMinutes is null ? "no duration was given, so time it on a staging copy first" : "the duration the notes give";
        yield return Automated(Phase.Expand,
            $"Rebuild the index with the new version of {Called(facts)} beside the old one, as the notes require (\"{NotesQuote.Words(rebuild.Sentence, 160)}\"): run the upgraded build's indexing from the source of truth into a new index location, leaving the old index untouched and still served by the running version ({timing})",
            null, minutes);
        yield return Manual(Phase.Expand,
            "Check the new index before any upgraded service reads it: its document count matches the source (and the old index), and a set of saved queries returns the same top results from both; then point the upgraded services at the new index location for their rollout, keeping the old index as it is",
            null, 10);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        yield return "Backup: the old index stays untouched beside the new one as the backup of the search data until the new one is verified (copy or snapshot its directory first if the rebuild writes to the same disk).";
        yield return "Index rebuild: the rebuild with the new version was run on a staging copy and timed, and there is disk space for a second index beside the old one (about the size of the old one, plus the growth the notes mention).";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Search: the upgraded services answer from the new index, its document count matches the source, the saved queries return the expected top results, and query latency is at the pre-upgrade baseline.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        yield return $"Index rollback: the previous version of {Called(facts)} reads only the old index format, so roll the services back together with pointing them at the old index again, which stays untouched until the new one is verified; delete the old index only after that.";
    }

    private static string Called(PlanFacts facts) => facts.Package?.Called ?? "the library";
}
