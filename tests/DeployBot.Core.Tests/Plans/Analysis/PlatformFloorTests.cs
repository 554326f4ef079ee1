using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// What a release needs under it before it can run: a server runtime floor stated the ways upgrade notes state it makes
/// the release a migration (the runtime is upgraded first); a raised floor of any dependency and the list of engine
/// versions a release supports are platform requirements. The notes are made up in the styles of real changelogs.
/// </summary>
public sealed class PlatformFloorTests
{
    [Theory]
    [InlineData("## 3.2.0\n\n- You now need at least Node 20 to run the server.")]
    [InlineData("## 3.2.0\n\n- To keep getting updates you must upgrade to (at least) PHP 8.4.0.")]
    [InlineData("## 3.2.0\n\n- Starting with this release the server will require Python 3.12 or later.")]
    [InlineData("## 3.2.0\n\n- This build only works on Java 21 and higher.")]
    public void Analyze_ServerRuntimeFloorStatedForRunningTheRelease_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    // A library that drops an old interpreter leaves its callers to choose when to move.
    [InlineData("## 3.2.0\n\n- Drop support for Python 3.8\n- Add `timeout` to `Session.fetch()`")]
    [InlineData("## 3.2.0\n\n- Add support for Node 24 and later\n- Add a `--quiet` flag")]
    public void Analyze_RuntimeNamedWithoutAFloorToRunOn_IsNotAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 2.4.1\n\n- Require Jinja >= 3.1.4 to pick up its escaping fix.")]
    [InlineData("## 2.4.1\n\n- Update the `httpx` requirement to >=0.28.1")]
    [InlineData("## 5.0\n\nSupported database servers\n\n- MySQL: 8.0, 8.4 and 9.1\n\nNew features\n\n- Add a dark theme")]
    public void Analyze_DependencyFloorOrSupportedEngineVersions_IsInfra(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra));

    [Fact]
    public void Analyze_ComparisonInABusinessRule_IsNotInfra() =>
        Assert.False(ReleaseAnalyzer.Analyze("## 2.4.1\n\n- Alert when the queue length is >= 1000 for five minutes").Has(RiskArea.Infra));

    [Theory]
    [InlineData("## 2.5.0\n\n- Support the `MERGE ... RETURNING` form on PostgreSQL 17+")]
    [InlineData("## 2.4.1\n\n- Silence a warning about positional arguments to `re.sub()` (Python 3.13+)")]
    [InlineData("## 2.4.1\n\n- Update the Node version in the CI pipelines")]
    public void Analyze_RuntimeWhereAFeatureWorksOrCiRuns_IsNotInfra(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Infra)));

    [Theory]
    [InlineData("## 2.5.0\n\n- This release requires PostgreSQL 15+.")]
    [InlineData("## 2.5.0\n\n- Add support for Python 3.14")]
    public void Analyze_RuntimeTheReleaseNeedsOrNowSupports_IsInfra(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra));
}
