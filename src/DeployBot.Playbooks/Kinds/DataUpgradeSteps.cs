using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The new version's own database upgrade rewrites or deletes stored data (<see cref="DataUpgrade"/>): it runs right after
/// the snapshot and before the new version serves, with the project's own command when the notes give one; the data owner
/// approves it, and its way back is the snapshot, not the previous version.
/// </summary>
internal static class DataUpgradeSteps
{
    /// <summary>
    /// The data upgrade of an application's own release; a chart's or a Terraform package's upgrade changes what its apply
    /// manages ("upgrading to chart 1.11.0 will delete the CRD"), reviewed in its diff or plan, with no database upgrade step.
    /// </summary>
    public static DataUpgrade? Of(PlanFacts facts) => facts.Package is { Kind: not Package.Library } ? null : DataUpgrade.Read(facts.Notes);

    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (Of(facts) is not { } upgrade)
        {
            yield break;
        }

        // The notes' own migration command is already quoted by the step that runs it (StatedUpgradeSteps, BackfillPlaybook);
        // a rewrite of all the data that the new version makes as it starts is the start step's own (StartOnce).
        if (SchemaPlaybook.OwnMigration(facts) is not null || facts.StatedMigration is not null || (upgrade.RewritesAll is not null && StartOnce.Applies(facts)))
        {
            yield break;
        }

        var what = upgrade.Deletes ? "deletes and rewrites stored data" : "rewrites stored data";
        yield return Manual(Phase.Upgrade,
            $"Run the database upgrade step that ships with {Version(facts)}, as the project's upgrade guide gives it, right after the snapshot and before the new version serves: it {what} ({Quotes(upgrade)}); post its output in the plan's thread",
            null, 15);
    }

    public static string? Check(PlanFacts facts) => Of(facts) is { } upgrade
        ? $"Data upgrade: the new version's database upgrade {(upgrade.Deletes ? "deletes and rewrites" : "rewrites")} stored data ({Quotes(upgrade)}); {(facts.IsProduction ? "it was run on a staging copy of production data first" : $"it is tried here on {facts.Env}'s data before production")}{(upgrade.RewritesAll is null ? string.Empty : ", and timed there: the service is down until it finishes")}, and the data owner approves it before starting."
        : null;

    public static string? Rollback(PlanFacts facts) => Of(facts) is { } upgrade
        ? $"The data upgrade ({Quotes(upgrade)}) cannot be undone: redeploying the previous version does not bring back what it {(upgrade.Deletes ? "deleted or rewrote" : "rewrote")}, and the previous version may not read the upgraded data; the way back is restoring the snapshot taken right before it (its id in the plan's thread), losing writes made since."
        : null;

    private static string Version(PlanFacts facts) => facts.Package is { } package ? package.Target : "the new version";

    private static string Quotes(DataUpgrade upgrade) =>
        $"the notes: {string.Join("; ", upgrade.Sentences.Take(3).Select(sentence => $"\"{NotesQuote.Words(sentence, 160)}\""))}";
}
