using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>The index a library's changed on-disk format makes the services rebuild (<see cref="Changes.IndexRebuild"/>).</summary>
internal sealed partial record PlanFacts
{
    /// <summary>The rebuild a library's notes require, read once per plan; null for anything but a library, or with no format change.</summary>
    public IndexRebuild? IndexRebuild => Package is { Kind: Changes.Package.Library } ? _indexRebuild.Get(this, static facts => Changes.IndexRebuild.Read(facts.Notes)) : null;

    /// <summary>
    /// The only data work is that rebuild: the library's files are built again beside the old ones, and no table of the
    /// services' database changes, so no database snapshot or backfill comes with it.
    /// </summary>
    private bool RebuildsIndexOnly => IndexRebuild is not null && !Analysis.Has(RiskArea.Schema);

    private ReadOnce<IndexRebuild> _indexRebuild;
}
