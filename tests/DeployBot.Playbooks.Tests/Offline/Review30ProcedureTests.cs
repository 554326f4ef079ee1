using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The notes' upgrade procedure: a database the operator drops and recreates (Icinga DB RC2 of FRESH24), and a version the
/// upgrade must start from (FRESH26 #8, Mautic 3). Every positive failed on main at f447643 (its Host dll, same notes); the
/// notes are this file's own, in other projects' words.
/// </summary>
public sealed class Review30ProcedureTests
{
    private const string Recreate = "## Upgrading to Collector 2.0\n\nPlease follow these steps:\n\n1. Stop the collector and the API.\n2. Back up your configuration.\n3. Install the collector 2.0 packages.\n4. Drop the collector PostgreSQL database and recreate it from the shipped schema.sql.\n5. Start the collector and the API.\n";

    /// <summary>
    /// "4. Drop the X database and recreate it from …" is one step of the procedure, after the snapshot and before the new
    /// version starts, not a contract step after the rollout (main: "Contract step, after the rollout is verified … drop").
    /// </summary>
    [Fact]
    public void OperatorDropsAndRecreatesTheDatabase_IsOneStepBeforeTheStart()
    {
        var plan = Plan(Recreate);
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "Contract step"));
        var snapshot = actions.FindIndex(step => Has(step, "snapshot"));
        var recreate = actions.FindIndex(step => Has(step, "drop the collector PostgreSQL database and recreate it"));
        var start = actions.FindIndex(step => Has(step, "only once every step the notes put before it is done"));
        Assert.True(snapshot >= 0 && snapshot < recreate && recreate < start, Dump(plan));
        Assert.Contains(plan.Rollback, line => Has(line, "drop and recreate") && Has(line, "snapshot"));
    }

    /// <summary>Counterexample: the release's own "this version drops and recreates the cache table" keeps its snapshot and approval before the rollout.</summary>
    [Fact]
    public void ReleaseDropsAndRecreatesItself_KeepsItsSnapshotBeforeTheRollout()
    {
        var plan = Plan("## 6.2.0\n\n- On startup, this version drops and recreates the `render_cache` table.\n- Faster thumbnails.\n");
        var actions = Actions(plan);

        var own = actions.FindIndex(step => Has(step, "the new version itself deletes"));
        var rollout = actions.FindIndex(step => Has(step, "Start the rollout"));
        Assert.True(own >= 0 && own < rollout, Dump(plan));
    }

    /// <summary>
    /// "should be done by upgrading to the latest 4.x release first": a check of the running version before anything else,
    /// stopping the window when it is not that version; the rollback says so (main: nothing about the running version).
    /// </summary>
    [Theory]
    [InlineData("# Backwards incompatible changes\n\n* Upgrading the schema should be done by upgrading to the latest 4.x release first, then to 5.0, as the 4.x migrations were removed.\n* Minimal PHP version is now 8.1.\n", "the latest 4.x release")]
    [InlineData("## 9.0.0\n\n- You must first upgrade to 8.6 before moving to 9.0; older databases cannot be migrated.\n- New audit log.\n", "8.6")]
    [InlineData("## 3.0.0\n\nUpgrade path: 2.1 → 2.9 → 3.0. Skipping 2.9 leaves the index format unreadable.\n", "2.9")]
    public void SteppingStone_IsCheckedBeforeAnythingElse(string notes, string stone)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        var check = actions.FindIndex(step => Has(step, "Before anything else, check the version running") && Has(step, $"only from {stone}") && Has(step, "stop here"));
        Assert.True(check >= 0, Dump(plan));
        Assert.True(actions.Take(check).All(step => Has(step, "Post the start") || Has(step, "explicit go")), Dump(plan));
        Assert.Contains(plan.Rollback, line => Has(line, "Stepping stone") && Has(line, stone));
    }

    /// <summary>"Direct upgrades from 1.x are not supported" rules the direct path out without naming the stepping stone.</summary>
    [Fact]
    public void DirectUpgradeNotSupported_ChecksTheRunningVersion()
    {
        var plan = Plan("## 3.0.0\n\n- Direct upgrades from 1.x are not supported.\n- New plugin API.\n");

        Assert.Contains(Actions(plan), step => Has(step, "Before anything else, check the version running"));
    }

    /// <summary>Counterexample: "upgrading is easy: replace the binary" names no stepping stone.</summary>
    [Fact]
    public void PlainUpgrade_HasNoSteppingStone()
    {
        var plan = Plan("## 9.1.0\n\n- Upgrading is easy: replace the binary and restart.\n- New audit log.\n");

        Assert.DoesNotContain(Actions(plan), step => Has(step, "Before anything else, check the version running"));
    }
}
