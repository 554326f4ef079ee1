using DeployBot.Core.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Plan defects found by reading the FRESH24 plans (27th session) about data the release cannot give back: a one-way
/// upgrade of stored data, and a setting without which the data is lost. Each in its general form, in other projects'
/// words, with counterexamples that must not fire; every positive fails on the earlier code (checked with the main build).
/// </summary>
public sealed class Review27Fresh24DataTests
{
    /// <summary>A key-value server whose new version rewrites its database schema when it first starts, with no way back.</summary>
    private const string OneWaySchema = "Upgrading to 3.0\n----------------\n\nKV backend\n^^^^^^^^^^\n\nVersion 3.0.0 ships a new version of the KV database schema (called version 7).\nThere is no downgrade process.\nIf you upgrade your database (by starting 3.0.0 without ``kv-schema-version=6``), you cannot go back.\n";

    /// <summary>A storage server that moves its data directory to a new format, in other words.</summary>
    private const string OneWayFormat = "## 7.0.0\n\nStorage engine\n\nVersion 7.0.0 moves the on-disk database to a new format (format 9).\nThere is no downgrade path.\nIf you start 7.0.0 on an existing data directory without `storage-format=8`, you cannot go back.\n";

    /// <summary>
    /// (PowerDNS 4.8) "There is no downgrade process … you cannot go back": the plan promised a backwards-compatible expand
    /// migration for the setting that keeps the old format, a down-migration and "redeploy the previous image tag". The
    /// upgrade is the new version's own, at its first start: no expand migration, no down-migration, and the way back after
    /// it is the backup taken before.
    /// </summary>
    [Theory]
    [InlineData(OneWaySchema)]
    [InlineData(OneWayFormat)]
    public void NoDowngradeOfTheData_RollsBackByTheBackupTakenBeforeTheFirstStart(string notes)
    {
        var plan = Plan(notes);
        var text = Dump(plan);

        Assert.DoesNotContain(Actions(plan), action => Has(action, "expand migration") || Has(action, "new columns nullable"));
        Assert.DoesNotContain("run its down-migration", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tested down-migration", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Version rollback: redeploy", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => Has(line, "first start") && Has(line, "restoring the snapshot taken right before"));
        Assert.Contains(Actions(plan), action => Has(action, "snapshot"));
    }

    /// <summary>The setting that keeps the old format is no object of a migration step.</summary>
    [Fact]
    public void SettingThatKeepsTheOldFormat_IsNoMigrationTarget()
    {
        var plan = Plan(OneWaySchema);

        Assert.DoesNotContain(Actions(plan), action => Has(action, "migration") && Has(action, "kv-schema-version"));
    }

    /// <summary>Counterexample: a normal release still rolls back to the previous image, with nothing about a first start.</summary>
    [Fact]
    public void NormalRelease_StillRedeploysThePreviousImage()
    {
        var plan = Plan("## 2.4.1\n\n- Fixed a crash when the export queue is empty\n- Faster start-up of the worker\n");

        Assert.Contains(plan.Rollback, line => line.StartsWith("Version rollback: redeploy the previous image tag", StringComparison.Ordinal));
        Assert.DoesNotContain("first start", Dump(plan), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A CSI driver that renames its API group and leaves the owner a choice, one branch of which needs a chart value.</summary>
    private const string ChartValueOrLoss = "## [3.2.0] - 2026-02-01\n\n### Caution\n\nThe CSI driver name changes in this release. Before upgrading you must decide how to handle it. You have two choices:\n1. Move your volumes to the new driver name `csi.example.dev`\n2. Keep the old driver name `example.io/csi`\n\nIf you keep the old driver name, you must set the `.Values.legacyDriverName` flag, otherwise every existing volume will be deleted.\n";

    /// <summary>
    /// (TopoLVM 0.16.0) "you must enable `.Values.useLegacy` flag, otherwise you will lose all of your data": the plan
    /// deployed with the value off, ramped it "for 1% of traffic" and switched it off as the first rollback. It is a setting
    /// required before the upgrade, in the values file and the reviewed diff, never ramped, and kept on the way back.
    /// </summary>
    [Fact]
    public void ValueRequiredOrDataIsLost_IsSetBeforeTheUpgrade_NeverRamped()
    {
        var plan = Plan(ChartValueOrLoss);
        var text = Dump(plan);

        Assert.DoesNotContain(Actions(plan), action => Has(action, "legacyDriverName for") || Has(action, "Raise Values.legacyDriverName"));
        Assert.DoesNotContain("ships dark", text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "legacyDriverName off"));
        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Required setting before the upgrade", StringComparison.Ordinal) && Has(check, "`.Values.legacyDriverName`") && Has(check, "values file"));
        Assert.Contains(Actions(plan), action => action.StartsWith("Before the upgrade", StringComparison.Ordinal) && Has(action, "`.Values.legacyDriverName`") && Has(action, "reviewed diff"));
        Assert.Contains(plan.Rollback, line => Has(line, "`.Values.legacyDriverName` stays set"));
    }

    /// <summary>"You must decide … 1. … 2. …" is the owner's decision, recorded before the window, with a backup of the data first.</summary>
    [Fact]
    public void ChoiceLeftToTheOwner_IsRecordedBeforeTheWindow_AfterABackup()
    {
        var plan = Plan(ChartValueOrLoss);

        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Decision before the window", StringComparison.Ordinal) && Has(check, "1. Move your volumes") && Has(check, "2. Keep the old driver name"));
        var backup = Actions(plan).FindIndex(action => action.StartsWith("Back up the data", StringComparison.Ordinal));
        Assert.InRange(backup, 0, Actions(plan).FindIndex(action => Has(action, "rollout")) - 1);
    }

    /// <summary>The same form for a plain config setting, in other words ("need to enable … or you will lose …").</summary>
    [Fact]
    public void ConfigSettingRequiredOrDataIsLost_IsAConfigCheck_NotAFlag()
    {
        var plan = Plan("## 1.8.0\n\n- The storage layout changes. You need to enable `storage.keep_v1_layout` or you will lose your data when the new version starts.\n");

        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Required setting before the upgrade", StringComparison.Ordinal) && Has(check, "`storage.keep_v1_layout`"));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "keep_v1_layout for") || Has(action, "Raise storage.keep_v1_layout"));
    }

    /// <summary>Counterexample: a real feature flag the notes name is still ramped, and turned off as the first rollback.</summary>
    [Fact]
    public void FeatureFlagGatingNewBehaviour_IsStillRamped()
    {
        var plan = Plan("## 5.3.0\n\n- The new checkout page ships behind the `new_checkout_page` flag; enable it for 5% of users first.\n");

        Assert.Contains(Actions(plan), action => Has(action, "new_checkout_page") && Has(action, "%"));
        Assert.DoesNotContain("Required setting before the upgrade", Dump(plan), StringComparison.Ordinal);
    }
}
