using System.Text.Json.Nodes;

namespace DeployBot.Testing.Slack.SocketMode;

/// <summary>
/// Frames in the shapes Slack sends (python-slack-sdk tests/slack_sdk/socket_mode/mock_socket_mode_server.py for hello and
/// envelopes; node-slack-sdk SocketModeClient for disconnect with debug_info).
/// </summary>
public static class SocketModeFrames
{
    public const string AppId = "A0DEPLOYBOT";

    public static JsonObject Hello(int numConnections, int connection) => new()
    {
        ["type"] = "hello",
        ["num_connections"] = numConnections,
        ["debug_info"] = new JsonObject { ["host"] = $"applink-fake-{connection}", ["build_number"] = 10, ["approximate_connection_time"] = 18060 },
        ["connection_info"] = new JsonObject { ["app_id"] = AppId },
    };

    public static JsonObject Disconnect(string reason, int connection) => new()
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = $"applink-fake-{connection}" },
    };

    public static JsonObject Envelope(SentEnvelope envelope)
    {
        var frame = new JsonObject
        {
            ["envelope_id"] = envelope.EnvelopeId,
            ["payload"] = envelope.Payload.DeepClone(),
            ["type"] = envelope.Type,
            ["accepts_response_payload"] = envelope.AcceptsResponsePayload,
        };
        if (envelope.Type == "events_api" || envelope.RetryAttempt > 0)
        {
            frame["retry_attempt"] = envelope.RetryAttempt;
            frame["retry_reason"] = envelope.RetryAttempt > 0 ? "timeout" : string.Empty;
        }

        return frame;
    }
}

/// <summary>One envelope as the fake sent it: which attempt, on which connection.</summary>
public sealed record SentEnvelope(string EnvelopeId, string Type, JsonObject Payload, bool AcceptsResponsePayload, int RetryAttempt, int Connection);

/// <summary>An acknowledgement the fake received: the envelope it names, its payload (if any), and the connection it came on.</summary>
public sealed record ReceivedAck(string EnvelopeId, JsonObject? Payload, int Connection, bool Ignored)
{
    public string? PayloadString(string name) => Payload?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>One WebSocket the bot opened: when it opened and closed, and who closed it.</summary>
public sealed record SocketConnectionInfo(int Id, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? ClosedBy);
