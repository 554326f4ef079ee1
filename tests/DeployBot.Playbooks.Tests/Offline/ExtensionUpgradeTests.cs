using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A PostgreSQL extension (TimescaleDB, pgvector, PostGIS, pg_partman) is upgraded inside the database, not rolled
/// out as an image: snapshot, the package on every server (replicas first), ALTER EXTENSION on the primary in each
/// database that has it, the version checked in pg_extension; the way back after the update is the snapshot.
/// </summary>
public sealed class ExtensionUpgradeTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes, null, "Sat 20:00 - Sun 04:00 UTC");

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("Upgrade TimescaleDB extension 2.13 -> 2.17", "ALTER EXTENSION timescaledb UPDATE;", "extname = 'timescaledb'` returns 2.17.x")]
    [InlineData("pgvector 0.5 -> 0.7", "ALTER EXTENSION vector UPDATE;", "extname = 'vector'` returns 0.7.x")]
    [InlineData("Upgrade PostGIS 3.3 to 3.4", "SELECT postgis_extensions_upgrade();", "extname = 'postgis'` returns 3.4.x")]
    [InlineData("bump pg_partman to 5.0", "ALTER EXTENSION pg_partman UPDATE;", "extname = 'pg_partman'` returns 5.0.x")]
    [InlineData("Upgrade the TimescaleDB extension on PostgreSQL 15 from 2.13 to 2.17.1", "ALTER EXTENSION timescaledb UPDATE TO '2.17.1';", "returns 2.17.1 in every database")]
    public void CreatePlan_ExtensionUpgrade_SnapshotThenPackageEverywhereThenUpdateOnThePrimary(string notes, string update, string check)
    {
        var plan = Plan(notes);

        int snapshot = Index(plan, "Take a database snapshot"), package = Index(plan, "package on every PostgreSQL server, the replicas first and then the primary"),
            alter = Index(plan, update), verified = Index(plan, check);
        Assert.True(snapshot >= 0 && snapshot < package && package < alter && alter < verified, string.Join("\n", plan.Steps.Select(step => step.Action)));
        Assert.StartsWith("On the primary", plan.Steps[alter].Action, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("image", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("ANALYZE", StringComparison.Ordinal));
        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Extension rollback:", StringComparison.Ordinal));
        Assert.Contains("cannot be downgraded in place", rollback, StringComparison.Ordinal);
        Assert.Contains("restoring the snapshot taken right before the update", rollback, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Version rollback:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pg_partman 4.7 -> 5.0 on the billing database", "pg_partman 4.7 → 5.0 is a major update")]
    [InlineData("bump pg_partman to 5.0", "If the list above shows pg_partman on an older major version than 5.0")]
    public void CreatePlan_MajorOrUnknownFromVersion_PlansTheExtensionsOwnUpgradeStepsAfterTheUpdate(string notes, string major)
    {
        var plan = Plan(notes);

        Assert.True(Index(plan, major) > Index(plan, "ALTER EXTENSION pg_partman UPDATE"), string.Join("\n", plan.Steps.Select(step => step.Action)));
    }

    [Fact]
    public void CreatePlan_MinorExtensionUpdate_HasNoMajorUpdateStep()
    {
        var plan = Plan("Upgrade TimescaleDB extension 2.13 -> 2.17");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("major update", StringComparison.Ordinal));
    }
}
