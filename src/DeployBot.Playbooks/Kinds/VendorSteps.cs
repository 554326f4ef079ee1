using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The wording of a migration the notes ship (<see cref="VendorMigration"/>): its command run before the new version serves,
/// and, when it renames or retypes columns, with every writer stopped and no version of the service running across it; the
/// way back is the snapshot, never a down-migration. Part of <see cref="SchemaPlaybook"/>.
/// </summary>
internal static class VendorSteps
{
    /// <summary>The step that runs the notes' migration command.</summary>
    public static string Run(PlanFacts facts, VendorMigration vendor)
    {
        var version = NotesFacts.VersionOf(facts.Notes, null) is { } v ? $"version {v}" : "the new version";
        return vendor.Rewrites
            ? $"Stop every writer of the database first (scale every deployment, worker and consumer of the service to 0, and confirm that no session still writes), confirm the snapshot was taken after they stopped, then run `{vendor.Command}` as the notes give it (a one-off job or release task with the new version's code) and post its output in the plan's thread; start {version} only once it has finished, on every replica at once: the migration renames or retypes columns in place, so the running version cannot read or write the migrated tables, no canary or old replica may run across it, and it has no down-migration"
            : $"Run `{vendor.Command}` as the notes give it to migrate the database (a one-off job or release task with the new version's code) before {version} serves traffic, and post its output in the plan's thread";
    }

    /// <summary>The way back from a migration that rewrote the tables in place.</summary>
    public static string Rollback(VendorMigration vendor) =>
        $"Migration rollback: `{vendor.Command}` renames or retypes columns in place and has no down-migration: the way back is restoring the snapshot taken right before it, with the writers stopped (nothing written after it is lost), then the previous version.";
}
