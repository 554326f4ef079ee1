using System.Text.Json.Serialization;
using DeployBot.Core.Telemetry;
using DeployBot.Slack.Api;
using DeployBot.Slack.Handlers;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.SocketMode;

/// <summary>
/// One envelope, start to acknowledgement: routed to the shared handlers, then acknowledged on the connection it came on
/// with its <c>envelope_id</c> and, when the handler answered with a body (a slash command's ephemeral reply, a view
/// submission's <c>response_action</c>), that body as the <c>payload</c>. Records the envelope latency.
/// </summary>
internal sealed class SocketEnvelopeHandler(
    SocketEnvelopeRouter router, TimeProvider time, ILogger<SocketEnvelopeHandler> logger, CancellationToken stoppingToken)
{
    public async Task HandleAsync(EnvelopeFrame envelope, SocketModeConnection connection)
    {
        var started = time.GetTimestamp();
        var ack = await AnswerAsync(envelope);
        var sent = await connection.SendAsync(SlackJson.Serialize(Acknowledgement(envelope, ack)), stoppingToken);
        if (!sent)
        {
            SocketModeLog.AckLost(logger, envelope.EnvelopeId);
        }

        DeployBotTelemetry.SlackSocketEnvelopeLatency.Record(
            time.GetElapsedTime(started).TotalMilliseconds,
            new KeyValuePair<string, object?>("type", envelope.Type),
            new KeyValuePair<string, object?>("retried", envelope.RetryAttempt > 0),
            new KeyValuePair<string, object?>("acknowledged", sent));
    }

    /// <summary>The frame that acknowledges <paramref name="envelope"/>; a failed or unreadable one gets a bare acknowledgement so Slack does not re-send it.</summary>
    internal static SocketAck Acknowledgement(EnvelopeFrame envelope, SlackAck ack) =>
        new(envelope.EnvelopeId, ack is { StatusCode: 200, Body: { } body } ? body : null);

    private async Task<SlackAck> AnswerAsync(EnvelopeFrame envelope)
    {
        try
        {
            var ack = await router.RouteAsync(envelope, stoppingToken);
            if (ack is { StatusCode: >= 400, Body: ErrorReply error })
            {
                SocketModeLog.EnvelopeUnreadable(logger, envelope.Type, error.Error);
            }

            return ack;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            SocketModeLog.EnvelopeFailed(logger, exception);
            return SlackAck.Empty;
        }
    }
}

/// <summary>What DeployBot sends back for an envelope: <c>{"envelope_id": "…", "payload": {…}}</c>.</summary>
internal sealed record SocketAck(string EnvelopeId, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Payload);
