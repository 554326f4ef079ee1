using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// FRESH28 sweep #12 (cluster-api v1.10.10): a supported series range ("Management Cluster: v1.28.x -> v1.33.x") was listed
/// as a value this release changes, for the rollback to set back. A series ("1.28.x", "3.*") is no single value. Failed on
/// main at 5fd4882. Notes of the same form in another project's words.
/// </summary>
public sealed class Review31ValuesTests
{
    [Theory]
    [InlineData("## Supported versions\n\n- Control plane: v1.29.x -> v1.34.x\n- Nodes: v1.27.x -> v1.34.x\n\n## Changes since v2.4.1\n\n- Fix a nil pointer in the node reconciler\n")]
    [InlineData("## 4.2.0\n\n- The supported PostgreSQL series move from 13.* to 17.*\n- Add a read-only mode\n")]
    public void ASeriesRange_IsNoValueToSetBack(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Values this release changes", StringComparison.Ordinal));
    }
}
