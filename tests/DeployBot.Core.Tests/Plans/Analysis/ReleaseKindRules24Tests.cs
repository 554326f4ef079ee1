using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind consequences of the twenty-fourth session's areas round, as an SRE states them. The notes are made up
/// in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class ReleaseKindRules24Tests
{
    private static ReleaseKind Kind(string notes) => ReleaseAnalyzer.Analyze(notes).Kind;

    // A major whose default service image is gone ("not available anymore") makes every install that used it set its own:
    // a breaking change in a major, planned as a migration. The same wording in a patch that only fixes stays a hotfix.
    [Theory]
    [InlineData("## 4.0.0\n\n### Changes\n\n* The default Bitnami MySQL image is not available anymore.", ReleaseKind.Migration)]
    [InlineData("## 5.0.0\n\n* The exporter does not accept the `-web.listen` shorthand anymore.", ReleaseKind.Migration)]
    [InlineData("## 4.2.1\n\n### Fixed\n\n* Fix tokens not accepted anymore after a refresh", ReleaseKind.Hotfix)]
    public void Analyze_MajorThatNoLongerSupportsSomething_IsAMigration(string notes, ReleaseKind kind) => Assert.Equal(kind, Kind(notes));

    // A patch that only changes how a running store sweeps its own stale entries rewrites no stored data: a hotfix.
    [Fact]
    public void Analyze_PatchWithScheduledHousekeeping_IsAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, Kind("## 2.3.1\n\nThis patch release unifies the request limits of the two servers. The limiter store sweeps stale entries and purges them after twice that interval.\n\nFixes:\n- Unify HTTP server request limits"));
}
