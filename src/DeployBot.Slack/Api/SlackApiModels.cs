using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Api;

/// <summary>A message for <c>chat.postMessage</c> / <c>chat.update</c> (blocks plus the plain-text notification fallback).</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block>? Blocks = null);

/// <summary>Where a message landed: channel id and its <c>ts</c>.</summary>
internal sealed record SlackPostedMessage(string Channel, string Ts);

/// <summary>Who the token belongs to (<c>auth.test</c>).</summary>
internal sealed record SlackIdentity(string UserId, string? BotId);

internal sealed record PostMessageRequest(
    string Channel,
    string Text,
    IReadOnlyList<Block>? Blocks,
    string? ThreadTs,
    bool UnfurlLinks = false,
    bool UnfurlMedia = false,
    SlackMetadata? Metadata = null);

/// <summary>
/// Message metadata (<c>metadata</c> of <c>chat.postMessage</c>): an app-defined event type and a flat payload, read back
/// with <c>conversations.history</c>'s <c>include_all_metadata</c>. DeployBot tags its placeholders with their plan id.
/// </summary>
internal sealed record SlackMetadata(string EventType, IReadOnlyDictionary<string, string> EventPayload);

/// <summary>One top-level message from <c>conversations.history</c>.</summary>
internal sealed record SlackHistoryMessage(string Ts, string? EventType, IReadOnlyDictionary<string, string> EventPayload);

internal sealed record UpdateMessageRequest(string Channel, string Ts, string Text, IReadOnlyList<Block>? Blocks);

internal sealed record PostEphemeralRequest(string Channel, string User, string Text, string? ThreadTs);

internal sealed record OpenViewRequest(string TriggerId, ModalView View);

internal sealed record UpdateViewRequest(string ViewId, ModalView View, string? Hash);

/// <summary>A delayed answer posted to a <c>response_url</c>.</summary>
internal sealed record ResponseUrlMessage(string Text, string ResponseType = "ephemeral", bool ReplaceOriginal = false);
