using System.Globalization;
using DeployBot.Playbooks.Changes;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The steps for objects the new version names with a prefix or suffix (<see cref="PrefixedNames"/>): every reference
/// to them is found before the rollout, while the old names still work, and switched to the new names once the new
/// version runs, each checked; a version rollback puts the references back with it.
/// </summary>
internal static class ReferenceSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        foreach (var renamed in PrefixedNames.Read(facts.Notes))
        {
            var what = Objects(renamed);
            yield return Manual(Phase.Prepare,
                $"Before the rollout, list every reference to the {what} by its current name (clients and consumers, standbys, scripts, dashboards, alerts, config in every environment): the new version names them with {renamed.Worded} (line {Line(renamed)} of the notes)",
                null, 10);
            yield return Manual(Phase.AfterRollout,
                $"Once the new version runs, update every reference listed before the rollout to the new names of the {what}, with {renamed.Worded} ({Example(renamed)}), as line {Line(renamed)} of the notes asks; then check that every consumer of them uses the new name and none reports a missing or unknown name",
                null, 15);
        }
    }

    public static IEnumerable<string> Checks(PlanFacts facts) =>
        PrefixedNames.Read(facts.Notes).Select(renamed =>
            $"Renamed {Objects(renamed)} ({renamed.Worded}, line {Line(renamed)} of the notes): who updates each reference to them right after the rollout is agreed.");

    public static IEnumerable<string> Rollback(PlanFacts facts) =>
        PrefixedNames.Read(facts.Notes).Select(renamed =>
            $"Reference rollback: the previous version uses the {Objects(renamed)} without {renamed.Worded}; a version rollback puts every reference updated after the rollout back to the old names with it.");

    /// <summary>"replication slots declared in `additionalMasterReplicationSlots`", or just "replication slots".</summary>
    private static string Objects(PrefixedNames renamed) =>
        renamed.Names is { } names ? $"{renamed.Objects} ({names})" : renamed.Objects;

    private static string Example(PrefixedNames renamed) =>
        renamed.Suffix ? $"`<name>{renamed.Affix}`" : $"`{renamed.Affix}<name>`";

    private static string Line(PrefixedNames renamed) => renamed.Line.ToString(CultureInfo.InvariantCulture);
}
