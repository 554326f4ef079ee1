using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// An engine moved to another engine's version is planned as an engine upgrade, and a read replica is the database's, not
/// a Kubernetes change; the upgrade's length is "timed" only when the notes give a measured time, otherwise an estimate.
/// </summary>
public sealed class EngineEstimateTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    [Fact]
    public void CreatePlan_MySqlToAuroraByReadReplicaPromotion_IsAnEngineUpgradeWithNoChartWork()
    {
        var plan = Plan("reports: MySQL 5.7 -> Aurora MySQL 3.05 via a read replica promotion");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Upgrade MySQL", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("helm", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("reports: MySQL 5.7 -> Aurora MySQL 3.05 via a read replica promotion", "an estimate of about 45 minutes")]
    [InlineData("reports: MySQL 5.7 -> Aurora MySQL 3.05 via a read replica promotion; the rehearsal took 30 min", "timed at about 30 minutes")]
    public void CreatePlan_UpgradeLength_IsTimedOnlyWhenTheNotesMeasuredIt(string notes, string wording)
    {
        var upgrade = Assert.Single(Plan(notes).Steps, step => step.Action.StartsWith("Upgrade MySQL", StringComparison.Ordinal));

        Assert.Contains(wording, upgrade.Action, StringComparison.Ordinal);
    }
}
