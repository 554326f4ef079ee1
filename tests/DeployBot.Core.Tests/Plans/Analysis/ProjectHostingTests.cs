using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Where a project publishes its releases is not an integration of what it ships, also when the notes say it in the
/// possessive ("GitHub's new immutable releases feature"); a GitHub feature the release talks to still is one. The
/// notes are made up in the style of changelogs.
/// </summary>
public sealed class ProjectHostingTests
{
    [Fact]
    public void Analyze_TheProjectsOwnReleasesOnGitHub_AreNotAnIntegration()
    {
        const string notes = "## 4.1.1\n\n### Fixed\n\n- A mistake with GitHub's new immutable releases feature kept our CI from uploading the wheels.";

        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.External)));
    }

    [Fact]
    public void Analyze_AGitHubFeatureTheReleaseTalksTo_IsStillAnIntegration() =>
        Assert.True(ReleaseAnalyzer.Analyze("## 4.2.0\n\n- Post deployment statuses to GitHub's checks API").Has(RiskArea.External));
}
