using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Forms read in the tenth round (FRESH9's misses): plain-text changelogs whose entries are indented, what the operator
/// now has to do, image registries and users that change under a deployment, options named in passing.
/// </summary>
public sealed class OperatorActionFormsTests
{
    [Fact]
    public void Analyze_IndentedPlainTextEntries_AreItemsNotCode()
    {
        const string notes = """
            Changes with Unit 1.35.0                                         03 Sep 2025

                *) Security: fix missing websocket payload length validation in the Java
                   language module (CVE-2025-1695).

                *) Change: if building with njs, version 0.9.0 or later is now required.

                *) Bugfix: set SERVER_PORT to the actual value.
            """;

        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Subset(
            analysis.Items.Select(item => item.Text).ToHashSet(),
            new HashSet<string>
            {
                "Security: fix missing websocket payload length validation in the Java language module (CVE-2025-1695).",
                "Change: if building with njs, version 0.9.0 or later is now required.",
                "Bugfix: set SERVER_PORT to the actual value.",
            });
        Assert.Contains(RiskArea.Auth, analysis.Risks);
    }

    [Fact]
    public void Analyze_TabIndentedDashEntries_AreItems()
    {
        var analysis = ReleaseAnalyzer.Analyze("Changes in squid-6.12 (12 Oct 2024):\n\n\t- Fix validation of Digest auth header parameters\n\t- Fix build with libtool v2.4\n");

        Assert.Equal(2, analysis.Items.Count);
        Assert.Contains(RiskArea.Auth, analysis.Risks);
    }

    [Theory]
    [InlineData("Users using `name_id_format` to set the attribute now need to use the new configuration option `name_id_policy_format`.")]
    [InlineData("Buildbot will now error when configured with multiple services of the same name.")]
    [InlineData("Permissions may need to be adjusted for `/config/secret` in Docker environments.")]
    [InlineData("use quay.io instead of Docker Hub for docker image hosting")]
    [InlineData("run Docker containers as non-root user")]
    [InlineData("Removed controller.csrf.defaultCrumbIssuer.proxyCompatability as it is dropped in core")]
    public void Analyze_WhatTheOperatorNowHasToDoOrChange_IsBreaking(string notes)
    {
        Assert.Contains(RiskArea.Breaking, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("Add redis_force_resp2 option, #641")]
    [InlineData("Document client_stale_close_delay, make it 10 sec instead of 25 sec by default")]
    [InlineData("Legacy options removed, some options renamed, see migration guide for details.")]
    [InlineData("The default image used for Herokuish builds is now `gliderlabs/herokuish:latest-24`.")]
    [InlineData("Removed controller.csrf.defaultCrumbIssuer.proxyCompatability as it is dropped in core")]
    public void Analyze_OptionsNamedInPassingAndChangedDefaults_AreConfig(string notes)
    {
        Assert.Contains(RiskArea.Config, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Fact]
    public void Analyze_ARemovedSubClientOfAnSdk_IsNoSetting()
    {
        var risks = ReleaseAnalyzer.Analyze("Removed `client.users.federatedConnectionsTokensets` sub-client, including its `list()` method").Risks;

        Assert.DoesNotContain(RiskArea.Config, risks);
        Assert.Contains(RiskArea.Breaking, risks);
    }
}
