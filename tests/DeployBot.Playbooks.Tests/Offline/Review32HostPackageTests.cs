using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The vehicle of a program installed from a package on hosts, here a backup tool, from the FRESH28 review (32nd session,
/// defect 11): pgbackrest was planned as a web-service canary watched by its 5xx rate, and its note to packagers ran "once
/// the new version runs". It is a package upgrade on every host that runs it (one host first, the tool's own check, then the
/// rest), checked by archiving and the next backup, and a note to packagers concerns whoever builds the package, before.
/// </summary>
public sealed class Review32HostPackageTests
{
    [Theory]
    [InlineData("pgbackrest__pgbackrest__2-54-0.md")]
    [InlineData("pgbackrest__pgbackrest__2-54-1.md")]
    public void Fresh28BackupTool_IsAPackageUpgradeOnEveryHost_WithNoCanaryAndNo5xxGate(string fixture)
    {
        var plan = Plan(Review32ToolVehicleTests.Fresh28(fixture));

        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary"));
        Assert.DoesNotContain("10% of traffic", Dump(plan), StringComparison.Ordinal);
        Assert.Contains(Actions(plan), step => Has(step, "Upgrade the package to version 2.54.") && Has(step, "on one host first"));
        Assert.Contains(Actions(plan), step => Has(step, "on every other host"));
        Assert.DoesNotContain(plan.Verification.Concat(plan.Rollback), line => Has(line, "5xx"));
        Assert.Contains(plan.Rollback, line => Has(line, "Package rollback: reinstall the previous package version on every host"));
    }

    [Fact]
    public void NoteToPackagers_ConcernsWhoeverBuildsThePackage_BeforeTheWindow()
    {
        var actions = Actions(Plan(Review32ToolVehicleTests.Fresh28("pgbackrest__pgbackrest__2-54-0.md")));

        Assert.Contains(actions, step => Has(step, "For whoever builds the package") && Has(step, "meson"));
        Assert.DoesNotContain(actions, step => Has(step, "Once the new version runs") && Has(step, "meson"));
    }

    [Fact]
    public void ArchivingBackupTool_IsWatchedByArchivingAndTheWalDisk()
    {
        var plan = Plan(Review32ToolVehicleTests.Fresh28("pgbackrest__pgbackrest__2-54-1.md"));

        Assert.Contains(Actions(plan), step => Has(step, "Watch archiving and the WAL disk"));
        Assert.Contains(plan.Rollback, line => Has(line, "Roll back now on any of") && Has(line, "archive failure"));
        Assert.Contains(plan.Verification, line => Has(line, "next scheduled backup completes"));
    }

    /// <summary>A file backup tool in another project's words (its commands, snapshots, prune, restore).</summary>
    [Fact]
    public void BackupToolInOtherWords_IsAPackageUpgradeOnEveryHost()
    {
        var notes = "## 1.8.0 (2026-05-02)\n\n- `prune` now keeps the last 3 snapshots when `--keep-last` is unset\n- The `check` command verifies every pack file in the repository\n- Fix restore of sparse files\n- Incremental backups skip unchanged directories faster\n";
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary"));
        Assert.DoesNotContain("10% of traffic", Dump(plan), StringComparison.Ordinal);
        Assert.Contains(Actions(plan), step => Has(step, "Upgrade the package to version 1.8.0 on one host first"));
        Assert.Contains(plan.Verification, line => Has(line, "Backup tool:") && Has(line, "next scheduled backup"));
        Assert.DoesNotContain(plan.Verification, line => Has(line, "5xx") || Has(line, "pg_stat_archiver"));
    }

    /// <summary>A service that speaks of backups, with its admin UI and image, stays a service.</summary>
    [Fact]
    public void ServiceThatSpeaksOfBackups_KeepsItsImageRollout()
    {
        var notes = "## 3.1.0\n\n- Backups can now be restored from the admin UI\n- Nightly snapshots of the database; retention is 7 days\n- The `backup` command accepts `--compress`\n- The Docker image now runs as a non-root user\n";
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), step => Has(step, "Start the rollout of version 3.1.0 as a canary"));
    }
}
