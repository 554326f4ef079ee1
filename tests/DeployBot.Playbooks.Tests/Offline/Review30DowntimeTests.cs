using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Stated downtime, a rewrite of all the data as the new version starts, and pre-release headings (FRESH25 #2 Concourse v6,
/// FRESH26 #9 Squidex 5.0 beta1). Every positive failed on main at f447643 (its Host dll, same notes); the notes are this
/// file's own, in other projects' words.
/// </summary>
public sealed class Review30DowntimeTests
{
    /// <summary>"The upgrade requires downtime … unavailable while …": no canary; downtime announced, the old version stopped, the new one started once; the way back is the snapshot (main: a 10% canary and "redeploy the previous image tag").</summary>
    [Fact]
    public void UpgradeRequiresDowntime_StartsOnceAfterTheSnapshot_WithNoCanary()
    {
        var plan = Plan("## 8.0.0\n\n- New storage engine for build logs.\n- The upgrade requires downtime: the server is unavailable while the log tables are converted to the new layout.\n- Dark mode for the dashboard.\n");
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "canary ("));
        var announce = actions.FindIndex(step => Has(step, "Announce the downtime"));
        var snapshot = actions.FindIndex(step => Has(step, "snapshot"));
        var start = actions.FindIndex(step => Has(step, "stop every replica of the running version") && Has(step, "8.0.0"));
        Assert.True(announce >= 0 && announce < snapshot && snapshot < start, Dump(plan));
        Assert.Contains(plan.Rollback, line => Has(line, "restore the snapshot") && Has(line, "previous image tag"));
    }

    /// <summary>"Plan for a maintenance window: expect 5-10 minutes of downtime" is the same stated downtime, in other words.</summary>
    [Fact]
    public void PlanForAMaintenanceWindow_AnnouncesTheDowntime()
    {
        var plan = Plan("# Release 3.2.0\n\nPlan for a maintenance window when you upgrade: the job history is re-keyed on the first start.\n");

        Assert.Contains(Actions(plan), step => Has(step, "Announce the downtime") && Has(step, "maintenance window"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary ("));
    }

    /// <summary>Counterexample: "no downtime is expected" and "zero-downtime" keep the canary and announce nothing.</summary>
    [Theory]
    [InlineData("## 5.4.0\n\n- Rolling upgrade supported; no downtime is expected.\n- New retry policies for jobs.\n")]
    [InlineData("## 5.4.0\n\n- This release can be rolled out with zero downtime.\n- New retry policies for jobs.\n")]
    public void NoDowntimeStated_KeepsItsCanary(string notes)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), step => Has(step, "as a canary"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "Announce the downtime"));
    }

    /// <summary>
    /// "this version rebuilds all documents and attachments, which can take a while": a rewrite of the data by one writer:
    /// snapshot first, no canary, timed on staging, rollback restores the snapshot (main: "a larger migration with no schema …
    /// risks", a canary and "redeploy the previous image tag").
    /// </summary>
    [Fact]
    public void VersionRebuildsAllItsData_IsOneWriterWithASnapshotAndNoCanary()
    {
        var plan = Plan("## [3.0.0] - 2024-02-01\n\nDocument ids are now scoped per workspace. For this, this version rebuilds all documents, attachments and folders, which can take a while on large installations.\n");
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "canary ("));
        var snapshot = actions.FindIndex(step => Has(step, "snapshot"));
        var start = actions.FindIndex(step => Has(step, "rewrite the stored data"));
        Assert.True(snapshot >= 0 && snapshot < start, Dump(plan));
        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "staging copy") && Has(line, "timed"));
        Assert.Contains(plan.Rollback, line => Has(line, "restor") && Has(line, "snapshot"));
    }

    /// <summary>Counterexample: a release with a canary-safe change keeps its canary (no rewrite of all the data).</summary>
    [Fact]
    public void OrdinaryRelease_KeepsItsCanary()
    {
        var plan = Plan("## [3.1.0] - 2024-03-01\n\n- Added a search box to the folder view.\n- Fixed the export of empty documents.\n");

        Assert.Contains(Actions(plan), step => Has(step, "as a canary"));
    }

    /// <summary>"## [2.0.0 BETA 1]", "Version 4.1 (beta 2)", "# 7.0 RC 1": a pre-release, with the owner's go in production and the suffix kept (main: "version 2.0.0", no go/no-go).</summary>
    [Theory]
    [InlineData("## [2.0.0 BETA 1] - 2023-05-02\n\n- New id scheme for records.\n", "2.0.0-beta.1")]
    [InlineData("Version 4.1 (beta 2)\n\n- Reworked the mail queue.\n", "4.1-beta.2")]
    [InlineData("# 7.0.0 rc1\n\n- Faster start-up.\n", "7.0.0-rc.1")]
    public void PreReleaseHeading_GetsTheOwnersGoAndKeepsItsSuffix(string notes, string version)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), step => Has(step, "explicit go") && Has(step, "pre-release"));
        Assert.Contains(Actions(plan), step => Has(step, $"version {version}"));
    }
}
