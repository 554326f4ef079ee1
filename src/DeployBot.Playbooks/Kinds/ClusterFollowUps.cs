using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What a clustered software upgrade leaves for after tonight, for Next Actions: the step that closes the way back
/// (MongoDB's featureCompatibilityVersion, Kafka's metadata.version, RabbitMQ's feature flags) with its gate and that it
/// is final, and the backup to keep where no member can be downgraded in place (Elasticsearch, RabbitMQ, Consul).
/// </summary>
internal static class ClusterFollowUps
{
    public static IEnumerable<string> For(PlanFacts facts) => Clusters(facts).SelectMany(pair => For(facts, pair.Change, pair.Profile));

    private static IEnumerable<string> For(PlanFacts facts, StatefulChange change, ClusterProfile profile)
    {
        var who = profile.RunsTheDatabase ? "ops/SRE with the database owner" : "ops/SRE";
        if (profile.AfterSoak is { } step)
        {
            yield return $"Follow-up ({who}), not in this window: {ClusterUpgrade.Gate(facts, change, profile)}, {ClusterUpgrade.Fill(step, change)}, as its own change with its own approval; "
                + $"it is irreversible once raised: after it there is no downgrade to {change.Current}, only restoring a backup, so keep tonight's backup until then.";
        }

        if (profile.FinalizeLater is { } later && ClusterUpgrade.PutOff(facts))
        {
            var ends = profile.FinalizeEnds is { } lost ? $"; it is irreversible: after it {ClusterUpgrade.Fill(lost, change)}" : string.Empty;
            yield return $"Follow-up ({who}), not in this window: {ClusterUpgrade.Gate(facts, change, profile)}, {ClusterUpgrade.Fill(later, change)}, as its own change with its own approval{ends}.";
        }

        if (profile.NoDowngrade)
        {
            var soak = ClusterUpgrade.SoakOf(facts) is { } stated ? $" ({stated})" : string.Empty;
            yield return $"Follow-up ({who}): keep the backup taken before the first {profile.Member} until {change.Target} has soaked{soak}: {change.Name} cannot be downgraded in place, so it is the only way back to {change.Current}.";
        }
    }

    /// <summary>The clustered software the release upgrades, as the engine playbook reads it (a blue/green switch is no member-by-member upgrade).</summary>
    private static IEnumerable<(StatefulChange Change, ClusterProfile Profile)> Clusters(PlanFacts facts)
    {
        if (!facts.Is(ChangeKind.Engine) || facts.Is(ChangeKind.Switch))
        {
            return [];
        }

        return StatefulSoftware.Read(facts.Analysis.Items.Select(item => item.Text).DefaultIfEmpty(facts.Notes))
            .Where(change => change.Family == StatefulFamily.Cluster)
            .Select(change => (Change: change, Profile: ClusterProfile.For(change.Name)))
            .Where(pair => pair.Profile is not null)
            .Select(pair => (pair.Change, pair.Profile!));
    }
}
