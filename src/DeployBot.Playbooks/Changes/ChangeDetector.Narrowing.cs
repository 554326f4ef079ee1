using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Playbooks.Changes;

/// <summary>The kinds a release's shape narrows: a packaged release, a second installation beside the running one, an erasure job.</summary>
internal static partial class ChangeDetector
{
    /// <summary>
    /// A provider, module or chart release is adopted by raising its version pin and applying it (<see cref="PackagedRelease"/>):
    /// no image of the operator's is built, canaried or undone with <c>kubectl rollout undo</c>, and no release train ships.
    /// </summary>
    private static void NarrowToPackage(HashSet<ChangeKind> kinds, PackagedRelease? package)
    {
        if (package is null)
        {
            return;
        }

        if (package.Kind == Package.Library)
        {
            PackagedRelease.NarrowToLibrary(kinds);
            return;
        }

        kinds.Remove(ChangeKind.Image);
        kinds.Remove(ChangeKind.MultiService);
        kinds.Add(ChangeKind.Infra);
        if (package.Kind != Package.HelmChart)
        {
            // A provider's or module's items name its resources and arguments ("`resource/auth0_client_grant`", "the
            // `aws-auth` sub-module has been removed"): what changes for the operator is their Terraform configuration and
            // the plan it gives, reviewed before the apply. No sign-in path, ConfigMap or table of theirs changes; a removed
            // argument or sub-module keeps its confirm-unused step, and a FLAG given keeps its ramp.
            kinds.IntersectWith([ChangeKind.Infra, ChangeKind.Hotfix, ChangeKind.Patch, ChangeKind.Contract, ChangeKind.Flag]);
        }
    }

    /// <summary>
    /// A second installation beside the running one (<see cref="ParallelInstance"/>) is deployed on its own, to its own
    /// databases: the running deployment is never canaried onto the new version or undone with <c>kubectl rollout undo</c>;
    /// its way back is switching back to the old installation.
    /// </summary>
    private static void NarrowToParallel(HashSet<ChangeKind> kinds, ParallelInstance? parallel)
    {
        if (parallel is not null)
        {
            kinds.Remove(ChangeKind.Image);
            kinds.Remove(ChangeKind.MultiService);
        }
    }

    /// <summary>
    /// A version that cannot be upgraded in place (<see cref="NoInPlaceUpgrade"/>) is a new installation beside the old one,
    /// filled by a one-shot migration and switched to: nothing of the running installation is rolled out, upgraded (its chart,
    /// its engine) or migrated with an expand migration, and its way back is switching back to the old installation.
    /// </summary>
    private static void NarrowToNewInstallation(HashSet<ChangeKind> kinds, string notes)
    {
        if (NoInPlaceUpgrade.Read(notes) is null)
        {
            return;
        }

        kinds.ExceptWith([ChangeKind.Image, ChangeKind.MultiService, ChangeKind.Schema, ChangeKind.Engine, ChangeKind.Infra, ChangeKind.Backfill]);
        kinds.Add(ChangeKind.Switch);
    }

    /// <summary>
    /// An erasure job is run, not backfilled, and the rows it deletes are its own step: no backfill, and no contract step
    /// unless something else is destroyed beside it (a table dropped in the same release).
    /// </summary>
    private static void NarrowToErasure(HashSet<ChangeKind> kinds, string notes, ReleaseAnalysis analysis)
    {
        if (ErasureJob.Read(notes) is null)
        {
            return;
        }

        kinds.Remove(ChangeKind.Backfill);
        kinds.Add(ChangeKind.Erasure);
        if (analysis.Destructive.All(ErasureJob.Covers))
        {
            kinds.Remove(ChangeKind.Contract);
        }
    }

    /// <summary>
    /// What the notes say of the data narrows the kinds. A release that upgrades its data itself as it starts, with no
    /// way back (<see cref="StatedNoWayBack.AtStart"/>: "There is no downgrade path. If you start 3.0 on your data, you
    /// cannot go back"), runs no expand migration of the team's and has no down-migration: no schema migration. A setting
    /// the notes require or the data is lost, or a choice they leave to the owner, is planned before the upgrade
    /// (<see cref="RequiredSetting"/>, <see cref="OwnerChoice"/>).
    /// </summary>
    private static void NarrowToStatedData(HashSet<ChangeKind> kinds, string notes, IReadOnlyList<ReleaseItem> items, bool engine)
    {
        // The project's own CI and test lines ("Migrate the Travis builds to MySQL 8") migrate no schema of the operator's.
        if (items.Where(item => KindEvidence.IsSchema(item, engine)).All(item => PipelineLines.IsPipeline(item.Text)))
        {
            kinds.Remove(ChangeKind.Schema);
        }

        if (StatedNoWayBack.Read(notes) is { OnData: true, AtStart: true })
        {
            kinds.Remove(ChangeKind.Schema);
        }

        if (RequiredSetting.Read(notes).Count > 0 || OwnerChoice.Read(notes) is not null)
        {
            kinds.Add(ChangeKind.RequiredSetting);
        }
    }
}
