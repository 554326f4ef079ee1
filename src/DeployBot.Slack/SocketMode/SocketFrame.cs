using System.Text.Json;
using DeployBot.Slack.Inbound;

namespace DeployBot.Slack.SocketMode;

/// <summary>One text frame Slack sends on a Socket Mode WebSocket (slack-protocol.md §6).</summary>
internal abstract record SocketFrame
{
    /// <summary>The frame, or null for anything that is not a JSON object with a <c>type</c>.</summary>
    public static SocketFrame? Parse(string text)
    {
        if (JsonRead.ParseObject(text) is not { } root || JsonRead.String(root, "type") is not { } type)
        {
            return null;
        }

        return type switch
        {
            "hello" => new HelloFrame(Int(root, "num_connections")),
            "disconnect" => new DisconnectFrame(JsonRead.String(root, "reason") ?? "unknown"),
            _ when JsonRead.String(root, "envelope_id") is { Length: > 0 } id => new EnvelopeFrame(
                id,
                type,
                root.TryGetProperty("payload", out var payload) ? payload : default,
                root.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True,
                Int(root, "retry_attempt") ?? 0,
                JsonRead.String(root, "retry_reason")),
            _ => new UnknownFrame(type),
        };
    }

    private static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}

/// <summary>The first frame of a connection: Slack is ready to send on it.</summary>
internal sealed record HelloFrame(int? NumConnections) : SocketFrame;

/// <summary>
/// Slack is about to close this connection: <c>refresh_requested</c> and <c>warning</c> (open the next one first),
/// <c>too_many_websockets</c>, <c>link_disabled</c> (Socket Mode turned off in the app settings).
/// </summary>
internal sealed record DisconnectFrame(string Reason) : SocketFrame
{
    public const string TooManyWebsockets = "too_many_websockets";

    public const string LinkDisabled = "link_disabled";
}

/// <summary>
/// An envelope (<c>slash_commands</c>, <c>interactive</c>, <c>events_api</c>): <paramref name="Payload"/> is the JSON the
/// HTTP endpoint would get; <paramref name="RetryAttempt"/> above 0 marks a re-send of one we did not acknowledge in time.
/// </summary>
internal sealed record EnvelopeFrame(
    string EnvelopeId, string Type, JsonElement Payload, bool AcceptsResponsePayload, int RetryAttempt, string? RetryReason) : SocketFrame
{
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";
    public const string EventsApi = "events_api";
}

/// <summary>A frame type DeployBot does not know; logged and otherwise ignored.</summary>
internal sealed record UnknownFrame(string Type) : SocketFrame;
