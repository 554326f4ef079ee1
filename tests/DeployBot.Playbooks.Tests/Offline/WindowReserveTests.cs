using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A plan that fills its window has nowhere to roll back: the summary says so instead of "leaving 0 minutes to roll back",
/// and a procedure that may run in a window of its own (a ZooKeeper → KRaft migration) is named as the split, with tonight's
/// time without it.
/// </summary>
public sealed class WindowReserveTests
{
    [Fact]
    public void CreatePlan_StepsFillTheWholeWindow_SaysThereIsNoTimeLeftToRollBack()
    {
        var plan = OfflinePlans.ValidProduction("Add a created_by column to invoices (nullable) and ship the release that writes it", window: "Sat 22:00-23:45 UTC");
        var total = plan.Steps.Sum(step => int.Parse(System.Text.RegularExpressions.Regex.Match(step.Action, @"\(~(\d+) min\)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.InRange(105 - total, 0, 14);
        Assert.Contains(plan.Summary, line => line.Contains($"leaving {(total == 105 ? "no time" : $"only {105 - total} minutes")} to roll back inside it (at least 15 are needed)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => line.Contains("minutes to roll back if needed", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_WindowGivenInUtc_IsNotRepeatedInUtc()
    {
        var plan = OfflinePlans.ValidProduction("Add a created_by column to invoices (nullable) and ship the release that writes it", window: "Sat 22:00-23:45 UTC");

        Assert.DoesNotContain(plan.Summary, line => line.Contains("UTC (Sat", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_KafkaUpgradeWithKraftMigration_NamesTheMigrationAsTheSplitWithTonightsTimeWithoutIt()
    {
        var plan = OfflinePlans.ValidProduction("kafka 2.8 -> 3.7 on the events cluster + moving off zookeeper to KRaft. rolling restart, inter.broker.protocol.version pinned to 2.8 until every broker is on 3.7, then we bump it");

        Assert.Contains(plan.Summary, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"steps \d+–\d+, the ZooKeeper → KRaft migration \(about 90 minutes\), can be that split: in a window of their own, the other steps take about \d+"));
    }
}
