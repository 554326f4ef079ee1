using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// How a release is adopted, from the FRESH24 sweep (28th session): a chart's own changelog is a `helm upgrade` of the
/// chart's version, and an upgrade guide's section for a series ships that series' code. Every positive fails on the
/// earlier code (checked against main's build at c2e926d, kept aside).
/// </summary>
public sealed class Review28VehicleTests
{
    /// <summary>
    /// (metrics-server chart 3.13.0 / 3.8.1, TopoLVM chart 12.0.0) A chart's changelog that bumps the image it deploys or its
    /// appVersion was planned as "Start the rollout of version N as a canary" of the chart's version, a tag no image has.
    /// </summary>
    [Theory]
    [InlineData("## [5.2.0] - 2025-03-01\n\n### Changed\n\n- Update the _Loki_ OCI image to [`3.1.0`](https://example.org/loki/releases/tag/v3.1.0).\n", "5.2.0")]
    [InlineData("## [8.0.0] - 2025-04-01\n\n### Changed\n\n- appVersion was changed to 2.4.0.\n- Add an option to set the `priorityClassName` of the agent pods.\n", "8.0.0")]
    public void ChartChangelog_IsAHelmUpgradeOfTheChartVersion(string notes, string version)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        Assert.Contains(actions, step => Has(step, $"helm upgrade --version {version}"));
        Assert.DoesNotContain(actions, step => Has(step, "as a canary"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "redeploy the previous image tag"));
    }

    /// <summary>An application's own release that updates its base image is still an image rollout with a canary.</summary>
    [Fact]
    public void ApplicationReleaseWithANewBaseImage_IsStillAnImageCanary()
    {
        var plan = Plan("## 2.3.0\n\n- Update the base image to Alpine 3.20.\n- Fix the login redirect after a session expires.\n");

        Assert.Contains(Actions(plan), step => Has(step, "Start the rollout of version 2.3.0 as a canary"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "helm upgrade"));
    }

    /// <summary>
    /// (PowerDNS upgrade 5.1) An upgrade guide's section "A.x to B.x" whose lines are settings was planned as a config-only
    /// restart, so the new version never went out. The section's series is the version rolled out.
    /// </summary>
    [Fact]
    public void UpgradeGuideSectionForASeries_RollsOutThatSeries()
    {
        var plan = Plan("2.6.x to 2.7.x\n--------------\n\nQuery cache\n^^^^^^^^^^^\n\nThe ``query_cache_ttl`` setting now defaults to 60 seconds.\nIf you rely on the old behaviour, set ``query_cache_ttl=20``.\n\nZone transfers\n^^^^^^^^^^^^^^\n\nThe ``axfr_workers`` setting now defaults to 4.\n");
        var actions = Actions(plan);

        Assert.Contains(actions, step => Has(step, "Start the rollout of version 2.7.x"));
        Assert.DoesNotContain(actions, step => Has(step, "no new image"));
    }

    private const string StopFirstProcedure = "## Upgrading to 4.0\n\nVersion 4.0 changes the format of the job cache, so old and new workers cannot share it. Follow these steps:\n\n1. Stop the scheduler and all workers.\n2. Empty the result store with `jobctl store reset`.\n3. Upgrade the workers to 4.0.\n4. Start the scheduler and the workers.\n";

    /// <summary>
    /// (Icinga DB RC2) A numbered procedure that starts with "Stop X and Y" was planned as a canary of the new version beside
    /// the old one, against what the steps between change. It is stop, upgrade, start, in a downtime that is announced.
    /// </summary>
    [Fact]
    public void ProcedureThatStopsTheServiceFirst_HasNoCanary_AndAnnouncesTheDowntime()
    {
        var plan = Plan(StopFirstProcedure);
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "as a canary"));
        var announce = actions.FindIndex(step => Has(step, "Announce the downtime") && Has(step, "the scheduler and all workers"));
        var start = actions.FindIndex(step => Has(step, "never run side by side (no canary)"));
        Assert.True(announce >= 0 && start > announce, Dump(plan));
    }

    /// <summary>A procedure whose stop comes after the new version is up keeps its canary.</summary>
    [Fact]
    public void ProcedureThatStopsTheOldOneLater_KeepsTheCanary()
    {
        var plan = Plan("## 4.1.0\n\nFollow these steps:\n\n1. Upgrade the workers to 4.1.0.\n2. Stop the old scheduler once the new one is healthy.\n3. Remove the old queue directory.\n");

        Assert.Contains(Actions(plan), step => Has(step, "as a canary"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "Announce the downtime"));
    }

    /// <summary>The same settings without a guide's heading stay a config change: nothing says code ships.</summary>
    [Fact]
    public void SettingsWithoutAGuideHeading_StayAConfigChange()
    {
        var plan = Plan("Query cache\n^^^^^^^^^^^\n\nThe ``query_cache_ttl`` setting now defaults to 60 seconds.\nIf you rely on the old behaviour, set ``query_cache_ttl=20``.\n");

        Assert.DoesNotContain(Actions(plan), step => Has(step, "Start the rollout of version"));
    }
}
