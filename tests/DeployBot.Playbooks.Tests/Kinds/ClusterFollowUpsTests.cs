using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// What a cluster upgrade leaves for after tonight is in Next Actions, where people look for follow-ups: the step that
/// ends the way back (featureCompatibilityVersion, metadata.version) with its gate and that it is irreversible, and the
/// backup to keep where nothing can be downgraded.
/// </summary>
public sealed class ClusterFollowUpsTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.Production(notes);

    [Fact]
    public void CreatePlan_MongoFcvRaisedAfterASoak_ListsTheRaiseInNextActionsWithItsGate()
    {
        var plan = Plan("mongodb 6.0 -> 7.0 on the events replica set, FCV raised after 1 week soak");

        Assert.Contains(plan.NextActions, line => line.StartsWith("Follow-up (ops/SRE with the database owner), not in this window: after the 1 week soak the notes give", StringComparison.Ordinal)
            && line.Contains("setFeatureCompatibilityVersion: \"7.0\"", StringComparison.Ordinal)
            && line.Contains("irreversible", StringComparison.Ordinal) && line.Contains("no downgrade to 6.0", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("setFeatureCompatibilityVersion", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_KafkaMetadataVersionPutOff_IsAFollowUpNotAStepTonight()
    {
        var plan = Plan("kafka 3.6 -> 3.7 on the events cluster (KRaft), metadata.version raised after 1 week soak");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("kafka-features.sh upgrade", StringComparison.Ordinal));
        Assert.Contains(plan.NextActions, line => line.Contains("after the 1 week soak the notes give, with every broker on 3.7", StringComparison.Ordinal)
            && line.Contains("`kafka-features.sh upgrade --metadata 3.7`", StringComparison.Ordinal) && line.Contains("irreversible", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_KafkaUpgradeWithNothingPutOff_KeepsTheFeatureVersionStep()
    {
        var plan = Plan("kafka 3.6 -> 3.7 on the events cluster");

        Assert.Contains(plan.Steps, step => step.Action.Contains("kafka-features.sh upgrade --metadata 3.7", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.NextActions, line => line.Contains("kafka-features.sh", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ElasticsearchUpgrade_KeepsItsSnapshotAsTheOnlyWayBack()
    {
        var plan = Plan("elasticsearch 7.17 -> 8.12 on the search cluster");

        Assert.Contains(plan.NextActions, line => line.Contains("keep the backup taken before the first node until 8.12 has soaked", StringComparison.Ordinal)
            && line.Contains("only way back to 7.17", StringComparison.Ordinal));
    }
}
