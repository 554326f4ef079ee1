using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The steps for a version that cannot be upgraded in place (<see cref="NoInPlaceUpgrade"/>): the downtime announced, the
/// new installation stood up beside the old one on its own database, the old one's writes stopped, the one-shot migration
/// run as rehearsed, the new one verified and users switched to it; the old one is never upgraded, and stays the way back.
/// </summary>
internal static class NewInstallationSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, NoInPlaceUpgrade upgrade)
    {
        var (old, @new) = (upgrade.OldName, upgrade.NewName);
        var length = Rehearsal.IsRehearsal(facts) ? $"time it in this run and {Rehearsal.RecordTime}" : "from the rehearsal on a production copy";
        yield return Manual(Phase.Prepare, $"Announce the downtime to the service's users before starting: the notes say there is no in-place upgrade (\"{NotesQuote.Words(upgrade.Sentence, 160)}\", line {upgrade.Line} of the notes), so {old} takes no writes from the start of the one-shot migration until users are switched to {@new}; post the expected length ({length}) in the plan's thread", null, 5);
        yield return Manual(Phase.Expand, $"Install {upgrade.New ?? "the new version"} as a new, separate installation ({@new}) beside {old}: its own release or deployment name, its own new database (nothing of {old}'s database is upgraded or reused), and its configuration from the new version's defaults reviewed against yours by a second person; {old}, its deployment and its database are not upgraded or changed, and it keeps serving until the migration starts. Wait until {@new} reports healthy on its empty database", null, 20);
        yield return Manual(Phase.Upgrade, $"In the announced downtime, stop writes to {old} (maintenance or read-only mode, or scale what writes to it to 0) and confirm that none reaches its database, so that the migration copies its final state; {old} itself is not upgraded", null, 5);
        yield return Manual(Phase.Upgrade, $"Run the one-shot migration the notes describe from {old}'s database into {@new}'s, as rehearsed, and post its output and duration in the plan's thread; if it fails or runs well past the rehearsed time, stop here: {old} is unchanged, so end the downtime by letting writes back into it", null, facts.Names.StatedMinutes ?? 30);
    }

    public static IEnumerable<string> Checks(PlanFacts facts, NoInPlaceUpgrade upgrade)
    {
        var how = upgrade.Rehearsal is { } link ? $" as the notes' rehearsal guide describes ({link})" : string.Empty;
        yield return Rehearsal.IsRehearsal(facts)
            ? $"No in-place upgrade (line {upgrade.Line} of the notes): {Rehearsal.ThisRun(facts)}: run the one-shot migration against a copy of production's data{how}, verify {upgrade.NewName} against it, and {Rehearsal.RecordTime} for the downtime."
            : $"No in-place upgrade (line {upgrade.Line} of the notes): the one-shot migration was rehearsed against a copy of production's data{how}, {upgrade.NewName} was verified after it, and its time is tonight's downtime estimate.";
        yield return $"{Capital(upgrade.OldName)} and its database are kept untouched after the switch for an agreed time (it is the way back), and who decides to decommission it is named.";
    }

    public static string Rollback(NoInPlaceUpgrade upgrade) =>
        $"Way back (migration rollback: none to run, since {upgrade.OldName}'s database was never migrated; restore it from the snapshot only if something damaged it): {upgrade.OldName} was never upgraded or migrated in place: stop {upgrade.NewName}, switch users back to {upgrade.OldName} and let writes into it again. What was written to {upgrade.NewName} since the switch is not in {upgrade.OldName} (export and re-apply it, or accept losing it), so decide early; keep {upgrade.OldName} and its database until {upgrade.NewName} is accepted.";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
