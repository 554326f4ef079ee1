using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Stated downtime and stop-first procedures, and required checks before the upgrade (FRESH25 sweep #2, #3; Icinga DB RC2
/// of FRESH24). Every positive failed on main at dd4e348 (its Host dll, same notes); the notes are this file's own.
/// </summary>
public sealed class Review29ProcedureTests
{
    /// <summary>
    /// "expect … minutes of downtime as the database is migrated": the new version migrates the database as it starts,
    /// and the previous one does not run on it. A snapshot comes first, and the way back after the start is that snapshot
    /// plus the previous version (main planned an expand migration "so the running version keeps working" and an image rollback).
    /// </summary>
    [Fact]
    public void DowntimeWhileTheDatabaseIsMigrated_SnapshotsFirstAndRestoresOnRollback()
    {
        var plan = Plan("Acme CI v9.0: a new scheduler\n\nThe scheduler now picks inputs with a new algorithm.\n\n**IMPORTANT**: Please expect and prepare for some downtime when upgrading to v9.0. On large installations we saw 15-30 minutes of downtime as the database is migrated, depending on the amount of build history.\n");
        var actions = Actions(plan);

        var snapshot = actions.FindIndex(step => Has(step, "snapshot"));
        var start = actions.FindIndex(step => Has(step, "version 9.0"));
        Assert.True(snapshot >= 0 && snapshot < start, Dump(plan));
        Assert.DoesNotContain(actions, step => Has(step, "so the running version keeps working"));
        Assert.Contains(plan.Rollback, line => Has(line, "restoring the snapshot") && Has(line, "previous image tag"));
    }

    /// <summary>"Stop all workers before upgrading": the new version starts once, after the stop, in an announced downtime; no canary beside the old one.</summary>
    [Fact]
    public void StopAllBeforeUpgrading_StartsTheNewVersionOnceWithoutACanary()
    {
        var plan = Plan("## 12.0.0\n\nStop all workers before upgrading: the new queue layout cannot be read by the 11.x workers.\n\n- Faster job pickup\n- New dashboard\n");
        var actions = Actions(plan);

        Assert.Contains(actions, step => Has(step, "Announce the downtime") && Has(step, "all workers"));
        Assert.Contains(actions, step => Has(step, "Start version 12.0.0 only once") && Has(step, "no canary"));
        Assert.DoesNotContain(actions, step => Has(step, "as a canary (one replica"));
    }

    /// <summary>Counterexample: a rolling, zero-downtime release keeps its canary.</summary>
    [Fact]
    public void ZeroDowntimeRelease_KeepsItsCanary()
    {
        var plan = Plan("## 4.1.0\n\n- This is a zero-downtime upgrade: nodes can be upgraded one at a time.\n- New retry policies for jobs.\n");

        Assert.Contains(Actions(plan), step => Has(step, "as a canary"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "Announce the downtime"));
    }

    /// <summary>
    /// "Before upgrading please make sure all X are empty" is a check before the rollout that blocks it, with the notes'
    /// fallback; a queue broker gets no Kafka offsets or partitions (main recorded consumer-group offsets and created partitions).
    /// </summary>
    [Fact]
    public void EmptyBeforeUpgrading_IsACheckBeforeTheRollout_AndAQueueBrokerGetsNoOffsets()
    {
        var plan = Plan("== 3.1.0\n\n=== Upgrading from 3.0.0\n\n* The naming scheme of AMQP temporary reply queues has changed.\nBefore upgrading please make sure all reply queues are empty.\nIf they are not empty you can move the messages to the new queue with the admin console.\n");
        var actions = Actions(plan);

        var check = actions.FindIndex(step => step.StartsWith("Before the rollout, check that all reply queues are empty", StringComparison.Ordinal));
        Assert.True(check >= 0, Dump(plan));
        Assert.Contains("move the messages to the new queue", actions[check], StringComparison.Ordinal);
        Assert.True(check < actions.FindIndex(step => Has(step, "Start the rollout")), Dump(plan));
        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "offsets") || Has(line, "partitions"));
    }

    /// <summary>Counterexample: a release of a Kafka consumer keeps the offsets and the partitions.</summary>
    [Fact]
    public void KafkaRelease_KeepsItsOffsetsAndPartitions()
    {
        var plan = Plan("## 2.4.0\n\n- The orders consumer now commits offsets after processing.\n- New topic `orders.retry` with 6 partitions.\n");

        Assert.Contains(Actions(plan), step => Has(step, "Record the committed offsets"));
        Assert.Contains(plan.Rollback, line => Has(line, "partition count cannot be reduced"));
    }
}
