using DeployBot.Core.Planning;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// How the release is adopted when it is not an image of the operator's rolled out in place: as a provider, module or chart
/// (<see cref="PackagedRelease"/>), with retention that starts deleting history (<see cref="RetentionDeletion"/>), or as a
/// second installation beside the running one (<see cref="ParallelInstance"/>). Read once per plan, before the kinds of
/// change are decided, since each narrows them.
/// </summary>
internal sealed record ReleaseShape(PackagedRelease? Package, RetentionDeletion? Retention, ParallelInstance? Parallel)
{
    public static ReleaseShape Read(PlanningInput input)
    {
        var notes = input.Release?.Text ?? input.Request.Notes;
        return new(PackagedRelease.Read(notes, input.Release?.Link), RetentionDeletion.Read(input.Analysis), ParallelInstance.Read(notes));
    }
}
