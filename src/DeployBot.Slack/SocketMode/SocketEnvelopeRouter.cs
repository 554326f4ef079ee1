using System.Text.Json;
using DeployBot.Core.Storage;
using DeployBot.Slack.Handlers;
using DeployBot.Slack.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.SocketMode;

/// <summary>
/// Turns a Socket Mode envelope into the same handler call the HTTP endpoint makes (in its own scope, as a request has)
/// and the acknowledgement's payload. Slash commands and interactions are handled once per trigger_id (or envelope_id):
/// a re-sent envelope joins the first delivery's answer while this process remembers it, and is dropped through
/// <see cref="IDeliveryDeduplicator"/> otherwise; events keep their own event_id dedupe in <see cref="EventsHandler"/>.
/// </summary>
internal sealed class SocketEnvelopeRouter(IServiceScopeFactory scopes, RecentEnvelopes recent, ILogger<SocketEnvelopeRouter> logger)
{
    /// <summary>As long as HTTP retries are remembered: Slack re-sends an unacknowledged envelope within minutes.</summary>
    public static readonly TimeSpan KeepDeliveriesFor = EventsHandler.KeepDeliveriesFor;

    /// <summary>The acknowledgement payload for <paramref name="envelope"/>, or null to acknowledge without one.</summary>
    public async Task<SlackAck> RouteAsync(EnvelopeFrame envelope, CancellationToken cancellationToken)
    {
        if (envelope.Type == EnvelopeFrame.EventsApi)
        {
            return await InScopeAsync((inbound, ct) => inbound.EventAsync(Raw(envelope) is { } raw ? EventEnvelope.Parse(raw) : null, ct), cancellationToken);
        }

        if (envelope.Type is not (EnvelopeFrame.SlashCommands or EnvelopeFrame.Interactive))
        {
            SocketModeLog.EnvelopeIgnored(logger, envelope.Type);
            return SlackAck.Empty;
        }

        var key = $"slack:socket:{envelope.Type}:{TriggerId(envelope.Payload) ?? envelope.EnvelopeId}";
        var (handling, first) = recent.GetOrStart(key, () => HandleOnceAsync(envelope, key, cancellationToken));
        if (!first)
        {
            SocketModeLog.Repeated(logger, envelope.EnvelopeId, envelope.RetryAttempt);
        }

        return await handling;
    }

    private async Task<SlackAck> HandleOnceAsync(EnvelopeFrame envelope, string key, CancellationToken cancellationToken)
    {
        using (var scope = scopes.CreateScope())
        {
            var deduplicator = scope.ServiceProvider.GetRequiredService<IDeliveryDeduplicator>();
            if (!await deduplicator.TryMarkAsync(key, KeepDeliveriesFor, cancellationToken))
            {
                SocketModeLog.Repeated(logger, envelope.EnvelopeId, envelope.RetryAttempt);
                return SlackAck.Empty;
            }
        }

        return envelope.Type == EnvelopeFrame.SlashCommands
            ? await InScopeAsync((inbound, ct) => inbound.CommandAsync(SlashCommand.FromForm(Fields(envelope.Payload)), ct), cancellationToken)
            : await InScopeAsync((inbound, ct) => inbound.InteractionAsync(InteractionPayload.Parse(Raw(envelope)), ct), cancellationToken);
    }

    private async Task<SlackAck> InScopeAsync(Func<SlackInbound, CancellationToken, Task<SlackAck>> handle, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await handle(scope.ServiceProvider.GetRequiredService<SlackInbound>(), cancellationToken);
    }

    private static string? Raw(EnvelopeFrame envelope) =>
        envelope.Payload.ValueKind == JsonValueKind.Object ? envelope.Payload.GetRawText() : null;

    private static string? TriggerId(JsonElement payload) => JsonRead.String(payload, "trigger_id") is { Length: > 0 } id ? id : null;

    /// <summary>A slash command's payload is the HTTP form as a JSON object; numbers and booleans keep their text.</summary>
    internal static Dictionary<string, string> Fields(JsonElement payload)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (var property in payload.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => JsonRead.Text(property.Value),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
            if (value is not null)
            {
                fields[property.Name] = value;
            }
        }

        return fields;
    }
}
