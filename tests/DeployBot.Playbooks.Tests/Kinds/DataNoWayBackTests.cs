using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// Notes that say the older version cannot use the database once the new one has changed it ("After upgrading, users will
/// not be able to use their database with older versions of Sensu"): the plan must not promise a backwards-compatible
/// expand part or a down-migration; the go/no-go comes after the snapshot and before the migration, and the way back after
/// it is restoring that snapshot, not redeploying the previous version.
/// </summary>
public sealed class DataNoWayBackTests
{
    private const string Sensu = "## [6.0.0] - 2020-08-04\n\n### Breaking\n- The database schema for entities has changed. After upgrading, users will not\nbe able to use their database with older versions of Sensu.\n";

    [Theory]
    [InlineData(Sensu, "older versions of Sensu")]
    [InlineData("## 4.0.0\n\n- The storage schema has changed: older versions of Acme will not work with databases upgraded by 4.0.0.\n", "older versions of Acme")]
    [InlineData("## 2.0.0\n\n- New schema for the events table. Once upgraded, the data directory cannot be opened with earlier versions.\n", "earlier versions")]
    public void CreatePlan_OlderVersionCannotUseTheDatabase_RollbackIsTheSnapshotNotADownMigration(string notes, string previous)
    {
        var plan = OfflinePlans.ValidProduction(notes);

        var rollback = string.Join('\n', plan.Rollback);
        Assert.DoesNotContain("backwards compatible", rollback, StringComparison.Ordinal);
        Assert.DoesNotContain("down-migrations", rollback, StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => line.StartsWith("Point of no return (from the notes): " + previous + " cannot use the database", StringComparison.Ordinal)
            && line.Contains("restoring the snapshot taken right before", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("only forward, fixing on the new version.", StringComparison.Ordinal) && !line.Contains("snapshot", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_OlderVersionCannotUseTheDatabase_GoNoGoAfterTheSnapshotAndBeforeTheMigration()
    {
        var plan = OfflinePlans.ValidProduction(Sensu);

        var snapshot = Index(plan, "Take a database snapshot");
        var goNoGo = Index(plan, "Go/no-go before the upgrade changes the database");
        var migration = Index(plan, "Run the migration");
        Assert.True(snapshot < goNoGo && goNoGo < migration, string.Join('\n', plan.Steps.Select(step => step.Action)));
        Assert.Contains("older versions of Sensu cannot use it", plan.Steps[migration].Action, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("so the running version keeps working", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.Contains("tested down-migration", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_OlderVersionCannotReadBackups_StaysForwardOnly()
    {
        // Backups the new version writes are not the database: restoring the database snapshot would not bring the old
        // version's backups back, so that point of no return keeps its forward-only way back and no database go/no-go.
        var plan = OfflinePlans.ValidProduction("## 3.0.0\n\n- The backup metadata has an extra field. This means that earlier versions of Barman will not work in the presence of any backups taken with 3.0.0.\n");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("changes the database", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("cannot use the database", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ConfigItemsNameNoSetting_StepsPointAtTheirLines()
    {
        // "Apply the new settings and secrets" said nothing about which; the lines of the notes do (their text is shown above the plan).
        var plan = OfflinePlans.ValidProduction("## 6.0.0\n\n### Fixed\n- Clarifies wording around a secret provider error message.\n\n### Breaking\n- After initial creation, agent configuration cannot be changed by modifying the agent's configuration file.\n");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new settings and secrets of line 7 of the notes to production", StringComparison.Ordinal));
    }

    private static int Index(DeploymentPlan plan, string start)
    {
        var index = plan.Steps.ToList().FindIndex(step => step.Action.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no step starts with \"{start}\":\n" + string.Join('\n', plan.Steps.Select(step => step.Action)));
        return index;
    }
}
