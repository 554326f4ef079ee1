using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A consumer, producer, queue or offset is a messaging change only where the notes name a broker or its topics and
/// consumer groups; otherwise the plan would record offsets and roll out "the consumers" of topics nobody has.
/// </summary>
public sealed class MessagingContextTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    // pgbouncer 1.25.0: a client queued for a connection, PAM's queue.
    [InlineData("## PgBouncer 1.25.0\n\n- Send a NOTICE message to the client if it is queued without receiving a connection for more than 5 seconds. This duration can be changed using `query_wait_notify`.\n- Log full PAM queue as a warning.\n- Add `server_lifetime` jitter so connections do not all close at once.")]
    // paperless-ngx 3.0.0: the consumer is document intake.
    [InlineData("## paperless-ngx 3.0.0\n\n### Breaking Changes\n\n- [BREAKING] Feature: Simplify and improve the consumer\n- Documents in the consumer directory are now picked up by the document consumer on a timer")]
    // asynq 0.25.0: a task-queue library's own queues.
    [InlineData("## [0.25.0]\n\n### Added\n\n- `TaskCheckInterval` config option is added to specify the interval between checks for new tasks to process when all queues are empty\n- Add a map cache to keep track of queues that ultimately reduces redis load when enqueuing tasks")]
    // Mailu 2024.06: the topics of a text, not of a broker.
    [InlineData("## 2024.06.0\n\nBefore starting the new Mailu deployment, check the following two topics:\nIf a reverse proxy is used on the same host, consider switching to traefik; the proxy's subscription to certificate renewals ends.")]
    public void CreatePlan_ConsumerOrQueueWithoutABroker_PlansNoOffsetsOrConsumerOrder(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-23:00 CET", flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("committed offsets", StringComparison.Ordinal) || step.Action.Contains("consumers first", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Messaging rollback", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("billing-worker 5.0 moves the invoice consumer to Kafka consumer group invoices-v2 and commits offsets after each batch.")]
    [InlineData("## Kafka\n\n- The orders consumer now commits offsets after processing instead of before.")]
    [InlineData("notifications-service 3.8.0 switches the billing-events consumer from group invoice-mailer to invoice-mailer-v2.")]
    [InlineData("events-api 2.0 publishes OrderPlaced to the RabbitMQ exchange orders with a new routing key; the mailer queue binds to it.")]
    public void CreatePlan_ConsumerOfANamedBroker_RecordsOffsetsAndRollsOutConsumersFirst(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

        // A queue broker (RabbitMQ, SQS, Pub/Sub) has no consumer-group offsets: its queues' depth is the baseline (session 29).
        Assert.Contains(plan.Steps, step => step.Action.Contains("Record the committed offsets", StringComparison.Ordinal) || step.Action.Contains("Record the depth", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("consumers first", StringComparison.Ordinal));
    }
}
