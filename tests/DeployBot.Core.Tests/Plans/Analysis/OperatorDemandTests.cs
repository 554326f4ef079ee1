using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Before 1.0, semantic versioning puts breaking changes in the minor number: a 0.x minor release that asks its users to
/// do something (whoever it addresses, or what has to happen before the upgrade) is a migration, as a major with
/// upgrade steps is. What the operator's own setup must now change is a breaking change. The notes are made up in the
/// style of changelogs.
/// </summary>
public sealed class OperatorDemandTests
{
    [Theory]
    [InlineData("## 0.14.0\n\n- The `disk` collector is now called `disks`.\n- Users who enable or disable this collector explicitly must update their flags.")]
    [InlineData("## v0.9.0\n\n- [CHANGE] The v1 query API is gone.\n- Please make sure every client moves to the v2 query API before upgrading.")]
    public void Analyze_ZeroMinorReleaseThatAsksUsersToAct_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 1.14.0\n\n- Added a `disks` collector.\n- Users who enable or disable this collector explicitly must update their flags.")]
    [InlineData("## 0.14.0\n\n- [CHANGE] The `disk` collector was renamed to `disks`.\n- [FEATURE] Add a `--web.listen` flag.")]
    public void Analyze_ADemandOutsideAZeroMinorOrAZeroMinorWithoutOne_IsNotAMigration(string notes) =>
        Assert.NotEqual(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("- [CHANGE] notify: the `reason` label now tells timeouts apart; alert rules matching `reason=\"other\"` must be updated.")]
    [InlineData("- Grafana dashboards that read `queue_depth` must now be changed to read `queue_depth_total`.")]
    public void Analyze_WhatTheOperatorsSetupMustNowChange_IsBreaking(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Breaking)));
}
