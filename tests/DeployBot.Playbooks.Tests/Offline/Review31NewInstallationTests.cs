using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Notes that say there is no in-place upgrade (FRESH27 Dependency-Track v5: "v5 runs on its own PostgreSQL cluster and
/// ingests v4 data via an offline, one-shot migrator"). The notes here are this file's own, in another project's words.
/// </summary>
public sealed class Review31NewInstallationTests
{
    private const string NoInPlace = "## Upgrading to Orbit 3.0\n\n> **Warning**\n> In-place upgrades from 2.x are not supported. Orbit 3.0 needs a fresh database and imports your 2.x data once with the bundled migration tool. Expect downtime while the import runs.\n\nSee the [dry-run guide](https://example.org/docs/dry-run-the-import) to rehearse the import against a copy of production.\n\nThe Helm chart is published with 3.0; diff your values against the new defaults.\n";

    /// <summary>
    /// A new installation beside the old one, the migration rehearsed on a production copy, writes stopped, the one-shot
    /// migration, verification, then the switch; the old installation untouched is the way back (main: an invented expand
    /// migration and an in-place `helm upgrade` of the running release).
    /// </summary>
    [Fact]
    public void NoInPlaceUpgrade_IsANewInstallationFilledOnceThenSwitchedTo()
    {
        var plan = Plan(NoInPlace);
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "helm upgrade") || Has(step, "expand migration") || Has(step, "as a canary"));
        var announce = actions.FindIndex(step => Has(step, "Announce the downtime") && Has(step, "no in-place upgrade"));
        var install = actions.FindIndex(step => Has(step, "new, separate installation"));
        var stopWrites = actions.FindIndex(step => Has(step, "stop writes to the 2.x installation"));
        var migrate = actions.FindIndex(step => Has(step, "Run the one-shot migration"));
        var verify = actions.FindIndex(step => Has(step, "Before the switch, verify the 3.0 installation"));
        var switched = actions.FindIndex(step => Has(step, "Switch users from the 2.x installation to the 3.0 installation"));
        Assert.True(announce >= 0 && install > announce && stopWrites > install && migrate > stopWrites && verify > migrate && switched > verify, Dump(plan));
        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "rehearsed against a copy of production") && Has(line, "https://example.org/docs/dry-run-the-import"));
        Assert.Contains(plan.Rollback, line => Has(line, "switch users back to the 2.x installation"));
    }

    /// <summary>Counterexample: "the upgrade happens in place" (no new installation) keeps the usual rollout.</summary>
    [Fact]
    public void InPlaceUpgrade_KeepsTheUsualRollout()
    {
        var plan = Plan("## Orbit 3.1\n\nThe upgrade happens in place: the new version migrates its database on start with no downtime.\n");

        Assert.DoesNotContain(Actions(plan), step => Has(step, "new, separate installation"));
    }
}
