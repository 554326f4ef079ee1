using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DeployBot.Core.Telemetry;

/// <summary>
/// DeployBot's traces and metrics, in one place so every project counts the same things by the same names.
/// The host exports them (OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, Prometheus at <c>/metrics</c> when enabled).
/// </summary>
public static class DeployBotTelemetry
{
    public const string Name = "DeployBot";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Requests by platform (<c>platform</c>) and outcome (<c>outcome</c>: accepted, form, refused, ignored).</summary>
    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("deploybot.requests", description: "Requests by platform and outcome");

    /// <summary>Time from receiving a platform request to answering it.</summary>
    public static readonly Histogram<double> AcknowledgementLatency = Meter.CreateHistogram<double>("deploybot.ack.duration", "ms", "Acknowledgement latency");

    /// <summary>Time to write a plan (model or offline), by planner.</summary>
    public static readonly Histogram<double> PlanGenerationLatency = Meter.CreateHistogram<double>("deploybot.plan.duration", "ms", "Plan generation latency");

    public static readonly Counter<long> ModelAttempts = Meter.CreateCounter<long>("deploybot.model.attempts", description: "Model calls made");

    public static readonly Counter<long> ModelRetries = Meter.CreateCounter<long>("deploybot.model.retries", description: "Model calls retried");

    public static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>("deploybot.plan.fallbacks", description: "Plans written offline because the model failed");

    public static readonly Counter<long> TokensUsed = Meter.CreateCounter<long>("deploybot.model.tokens", description: "Model tokens used");

    public static readonly Counter<long> FollowUps = Meter.CreateCounter<long>("deploybot.followups", description: "Thread questions and revisions");

    public static readonly Counter<long> PostingFailures = Meter.CreateCounter<long>("deploybot.posting.failures", description: "Failed posts to a platform");

    public static readonly Counter<long> PlansPosted = Meter.CreateCounter<long>("deploybot.plans.posted", description: "Plans posted");

    /// <summary>Slack Socket Mode connections that ended and were replaced, by <c>reason</c> (a disconnect reason Slack gave, or <c>dropped</c>).</summary>
    public static readonly Counter<long> SlackSocketReconnects = Meter.CreateCounter<long>("deploybot.slack.socket.reconnects", description: "Slack Socket Mode reconnects");

    /// <summary>Time from receiving a Socket Mode envelope to sending its acknowledgement, by envelope <c>type</c>.</summary>
    public static readonly Histogram<double> SlackSocketEnvelopeLatency = Meter.CreateHistogram<double>("deploybot.slack.socket.envelope.duration", "ms", "Slack Socket Mode envelope acknowledgement latency");
}
