using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The part of an engine upgrade for clustered software (Redis, etcd, Kafka, Elasticsearch, RabbitMQ, Patroni, Consul,
/// ZooKeeper): its own backup first, then one member at a time, the leader or primary last after its role moved to an
/// upgraded member, each member back and the cluster healthy before the next; never a canary of an image. Where a
/// chart, Terraform or a managed service replaces the members, the steps follow that rollout member by member instead.
/// </summary>
internal static partial class ClusterUpgrade
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, StatefulChange change, ClusterProfile profile)
    {
        var what = change.Describe();
        var clients = profile.Clients ? $"every client of {change.Name} (its library versions, and the commands and settings the team uses) supports {change.Target}{(Rehearsal.IsRehearsal(facts) ? $" ({Rehearsal.Proves(facts)})" : ", as tested in staging")}, and that " : string.Empty;
        yield return Manual(Phase.Prepare, $"Confirm that {clients}{Path(change)} is a supported rolling upgrade in {change.Name}'s upgrade notes (otherwise stop: it needs an intermediate version or a new cluster)", null, 5);
        if (profile.Prepare is { } prepare)
        {
            yield return Manual(Phase.Prepare, Fill(prepare, change), null, 5);
        }

        yield return Manual(Phase.Snapshot, Managed().IsMatch(facts.Notes)
            ? $"Before the upgrade starts, take a manual snapshot of {change.Name} with the managed service's backup and record its id in the plan's thread (the upgrade cannot be undone in place)"
            : Fill(profile.Backup, change), null, 10);
        var minutes = facts.Names.StatedMinutes ?? 45;
        var order = profile.Leader is { } leader ? $", {profile.Followers} first and {leader} last" : string.Empty;
        if (AppliedForUs(facts))
        {
            // After the chart's or Terraform's apply step (Rollout, Expand), which is what replaces the members.
            yield return Manual(Phase.Rollout, $"Upgrade {what} as the notes describe (the apply step above, or the provider's upgrade) and follow it {profile.Member} by {profile.Member}: it must replace one {profile.Member} at a time{order}; after each, check that {Fill(profile.Healthy, change)}, and stop and roll back if a {profile.Member} does not rejoin", null, minutes);
        }
        else
        {
            var last = profile.Leader is null ? 0 : Math.Max(5, minutes / 3);
            var first = profile.Leader is null ? string.Empty : $", {profile.Followers} first";
            yield return Manual(Phase.Upgrade, $"Upgrade {what} one {profile.Member} at a time{first}, never two at once: {Fill(profile.PerMember, change)}; before the next {profile.Member}, wait until {Fill(profile.Healthy, change)}", null, minutes - last);
            if (profile.Leader is { } lastOne)
            {
                yield return Manual(Phase.Upgrade, $"Last, {lastOne}: {profile.Handoff}; wait until {Fill(profile.Healthy, change)}", null, last);
            }
        }

        yield return Automated(Phase.AfterRollout, $"Check that {Fill(profile.VersionCheck, change)}", null, 5);
        // Put off by the notes ("metadata.version raised after 1 week soak"), it is a follow-up in Next Actions (ClusterFollowUps).
        if (profile.Finalize is { } finalize && !(profile.FinalizeLater is not null && PutOff(facts)))
        {
            yield return Manual(Phase.AfterRollout, Fill(finalize, change), null, 5);
        }
    }

    /// <summary>
    /// The step after the soak that closes the way back (MongoDB's featureCompatibilityVersion): a separate change after
    /// the soak the notes give, final once done; null for software without one.
    /// </summary>
    public static string? AfterSoak(PlanFacts facts, StatefulChange change, ClusterProfile profile)
    {
        if (profile.AfterSoak is not { } step)
        {
            return null;
        }

        return $"Follow-up, not in this window: {Gate(facts, change, profile)}, as a separate change with its own approval: {Fill(step, change)}. "
            + $"It cannot be undone: after it there is no downgrade to {change.Current}, and the way back is restoring a backup, losing writes made since.";
    }

    /// <summary>When a step put off after the upgrade may run: after the soak the notes give, the upgrade done and verified.</summary>
    internal static string Gate(PlanFacts facts, StatefulChange change, ClusterProfile profile) =>
        $"after {SoakOf(facts) ?? "a soak of a few days"}, with every {profile.Member} on {change.Target} and verification still passing";

    /// <summary>"the 1 week soak the notes give", or null when the notes give none.</summary>
    internal static string? SoakOf(PlanFacts facts) =>
        Soak().Match(facts.Notes) is { Success: true } stated ? $"the {stated.Groups["soak"].Value} soak the notes give" : null;

    /// <summary>The notes put the step that ends the upgrade off to a soak or a later window.</summary>
    internal static bool PutOff(PlanFacts facts) => Soak().IsMatch(facts.Notes) || Later().IsMatch(facts.Notes);

    public static string Check(PlanFacts facts, StatefulChange change) => Rehearsal.IsRehearsal(facts)
        ? $"{change.Name} upgrade: {Rehearsal.ThisRun(facts)}: upgrade {Path(change)} member by member on a cluster of production's shape, restore the backup once, time each member and {Rehearsal.RecordTime}, and note how far the way back goes (Rollback Readiness)."
        : $"{change.Name} upgrade: rehearsed {Path(change)} member by member on a staging cluster of the same shape, the backup was restored there once, and everyone knows how far the way back goes (Rollback Readiness).";

    public static string Verification(StatefulChange change, ClusterProfile profile) =>
        $"{change.Name}: {Fill(profile.VersionCheck, change)}; after the last {profile.Member}, {Fill(profile.Healthy, change).Replace(" it ", $" every {profile.Member} ", StringComparison.Ordinal)}; client error rates and latency match the pre-upgrade baseline.";

    public static string Rollback(StatefulChange change, ClusterProfile profile) =>
        $"Engine rollback: {change.Describe()} — {Fill(profile.Rollback, change)}";

    /// <summary>A chart, Terraform or a managed service replaces the members: the notes' apply step is the upgrade.</summary>
    private static bool AppliedForUs(PlanFacts facts) => facts.Is(ChangeKind.Infra) || Managed().IsMatch(facts.Notes);

    /// <summary>"6.2 → 7.2", or "the step to 7.2" when the notes give only the target.</summary>
    internal static string Path(StatefulChange change) => change.From is null ? $"the step to {change.Target}" : $"{change.From} → {change.Target}";

    internal static string Fill(string text, StatefulChange change) =>
        text.Replace("{from}", change.Current, StringComparison.Ordinal).Replace("{to}", change.Target, StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:after|following)\s+(?:a\s+|an\s+|the\s+)?(?<soak>\d+\s*(?:h|hours?|d|days?|w|weeks?))\b(?:\s+(?:of\s+)?soak)? | \b(?<soak>\d+\s*(?:h|hours?|d|days?|w|weeks?))\s+soak", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Soak();

    [GeneratedRegex(@"\b(?:later|next\s+week|separately|in\s+a\s+(?:later|separate|second)\s+(?:window|change)|follow[\s-]?up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Later();

    [GeneratedRegex(@"\b(?:elasticache|memorystore|amazon\s+mq|msk|confluent\s+cloud|elastic\s+cloud|aiven|upstash|azure\s+cache|opensearch\s+service|managed\s+(?:service|cluster)|operator)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Managed();
}
