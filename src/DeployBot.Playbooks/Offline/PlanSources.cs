using DeployBot.Core.Plans;
using DeployBot.Core.Releases;

namespace DeployBot.Playbooks.Offline;

/// <summary>The plan's record of where the release was read from (link, title, commit, one CI line).</summary>
public static class PlanSources
{
    public static ReleaseSource? Describe(ResolvedRelease? release) => release is null
        ? null
        : new ReleaseSource(release.Link, release.Title, release.Commit, release.Ci is { } ci ? ChecksWriter.CiLine(ci, release.Commit) : null);
}
