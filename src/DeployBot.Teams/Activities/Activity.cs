using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeployBot.Teams.Activities;

/// <summary>The Bot Framework activity fields DeployBot reads and writes (teams-protocol.md §3). Unknown fields are ignored.</summary>
internal sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? Name { get; init; }

    public string? ReplyToId { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public string? Summary { get; init; }
}

internal sealed record ChannelAccount(string? Id, string? Name = null, string? AadObjectId = null);

internal sealed record ConversationAccount(string? Id, string? ConversationType = null, bool? IsGroup = null, string? TenantId = null, string? Name = null);

/// <summary>An entity; DeployBot reads and writes mentions (<c>type: "mention"</c>).</summary>
internal sealed record Entity(string? Type, string? Text = null, ChannelAccount? Mentioned = null);

internal sealed record TeamsChannelData
{
    public TeamsInfo? Channel { get; init; }

    public TeamsInfo? Team { get; init; }

    public TeamsInfo? Tenant { get; init; }

    public string? EventType { get; init; }
}

internal sealed record TeamsInfo(string? Id, string? Name = null);

internal sealed record Attachment(string ContentType, JsonNode Content);

/// <summary>Body of <c>POST /v3/conversations</c>.</summary>
internal sealed record ConversationParameters(bool IsGroup, Activity Activity, TeamsChannelData ChannelData, string? TenantId);

internal sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

internal sealed record ResourceResponse(string? Id);
