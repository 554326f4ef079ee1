using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 22nd session's areas round, each written as release notes of several projects put it, with a
/// counterexample that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas22FormsTests
{
    [Theory]
    [InlineData("fix(dataplane): drop leftover primary key when attaching after a copy unpartition (#2786)")]
    [InlineData("Remove the stale lock file when restoring from a snapshot")]
    [InlineData("drop the temporary staging table after a copy completes")]
    public void LaterDeletions_DeletionMadeDuringAnOperation_IsNoneToPutOff(string item)
    {
        Assert.Empty(ReleaseAnalyzer.LaterDeletions(item));
    }

    [Theory]
    [InlineData("the `legacy_sessions` table is dropped when upgrading to 3.0", "the `legacy_sessions` table is dropped when upgrading to 3.0")]
    [InlineData("old index deleted once nothing reads it", "old index deleted once nothing reads it")]
    [InlineData("payments (v2) deleted once consumers drain it", "payments (v2) deleted once consumers drain it")]
    public void LaterDeletions_DeletionWaitingForACondition_IsStillPutOff(string item, string clause)
    {
        Assert.Equal([clause], ReleaseAnalyzer.LaterDeletions(item));
    }

    [Theory]
    [InlineData("## 6.6.0\n\n- Remove `write` permission from Trello importer (thanks to @someone)")]
    [InlineData("## 6.8.3\n\n### Fixed\n- Fix: Pivotal importer")]
    [InlineData("## 3.2.0\n\n- The Jira importer now keeps sub-task links")]
    [InlineData("## 2.1.5\n\n- #1289: Add mutual TLS support for the Loki monitoring hook.")]
    [InlineData("## 2.1.1\n\n- #1246: Fix a regression in which the ntfy monitoring hook failed to send a ping when the \"priority\" option was set.")]
    [InlineData("## 1.4.0\n\n- The Healthchecks notification hook now sends the log tail")]
    public void Analyze_ImporterOrHookNamedAfterAService_IsAnIntegration(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 2.47.0\n\n- remove importer of v1 config")]
    [InlineData("## 3.2.0\n\n- The CSV importer now accepts semicolons")]
    [InlineData("## 2.0.0\n\n- Run all command hooks respecting the working directory")]
    [InlineData("## 2.0.0\n\n- Add a pre-commit hook for formatting")]
    public void Analyze_ImporterOfAFormatOrHookOfTheApp_IsNoIntegration(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 2.6.44\n\n- fix 1356, retry batch deletion so transient errors (e.g.\n  GCS 503) during retention no longer leave orphaned objects")]
    [InlineData("## 0.16.1\n\n- The speaker no longer panics when the memberlist secret is missing")]
    [InlineData("## 4.2.0\n\n- Imports of large archives no longer fail with a timeout")]
    public void Analyze_BugSymptomThatNoLongerShows_IsNotBreaking(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking), notes);

    [Theory]
    [InlineData("## 4.2.0\n\n- The API no longer accepts plain-text passwords")]
    [InlineData("## 4.2.0\n\n- The exporter no longer listens on all interfaces by default")]
    public void Analyze_BehaviourThatNoLongerHappens_StaysBreaking(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking), notes);

    [Theory]
    [InlineData("## 20.37.1\n\n### Bug Fixes\n\n* Restrict AWS provider max version due to v6 provider breaking changes (#3384)")]
    [InlineData("## 6.0.0\n\n- Google provider `v5.0` is now minimum supported version")]
    [InlineData("## 4.0.0\n\n- Bump the minimum AzureRM provider version to 3.110")]
    public void Analyze_TerraformProviderHeldToAVersion_IsInfrastructure(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## 2.4.0\n\n- Add a Google provider for sign-in")]
    [InlineData("## 2.4.0\n\n- The AWS provider chain now reads credentials from the web identity file")]
    public void Analyze_ProviderNamedWithoutAVersion_IsNoInfrastructure(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);
}
