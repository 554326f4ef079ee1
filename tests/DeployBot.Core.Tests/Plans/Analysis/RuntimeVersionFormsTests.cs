using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A runtime's version moved with the number after "to" ("update: go version to 1.24.2") is a platform change, and a
/// raised MSRV (the minimum supported Rust version) is a raised runtime floor, which breaks builds on the older one.
/// The notes are made up in the style of changelogs.
/// </summary>
public sealed class RuntimeVersionFormsTests
{
    [Theory]
    [InlineData("## 0.41.3\n\n- update: go version to 1.24.2 GH-2101")]
    [InlineData("## 2.8.1\n\n- Bump Node version from 18 to 20 in the release image")]
    public void Analyze_ARuntimeVersionMovedTo_IsInfra(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Infra)));

    [Fact]
    public void Analyze_ARaisedMsrv_IsBreaking()
    {
        const string notes = "## 0.6.0\n\n- Update MSRV (Minimum Supported Rust Version). #211";

        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Breaking)));
    }

    [Theory]
    [InlineData("## 3.40.0\n\n#### Removals\n\n- Bumped the minimum required Python version to 3.12.")]
    [InlineData("## 3.40.0\n\n- Raised the minimum supported PostgreSQL version to 15")]
    public void Analyze_AMinimumServerRuntimeVersionBumpedTo_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 3.40.0\n\n- Bumped the minimum required `requests` version to 2.32.")]
    [InlineData("## 3.40.0\n\n- Raised the minimum Python version shown in the docs")]
    public void Analyze_AnotherMinimumBumped_IsNotAMigration(string notes) =>
        Assert.NotEqual(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);
}
