using System.Text.Json;

namespace DeployBot.Teams.Activities;

/// <summary>What <see cref="Core.Conversations.Requester.ReplyAddress"/> holds for Teams: where to answer the requester later.</summary>
internal sealed record TeamsReplyAddress(string ServiceUrl, string ConversationId, string? ActivityId, string? TenantId)
{
    public string ToJson() => JsonSerializer.Serialize(this, ActivityJson.Options);

    public static TeamsReplyAddress? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var address = JsonSerializer.Deserialize<TeamsReplyAddress>(json, ActivityJson.Options);
            return address is { ServiceUrl.Length: > 0, ConversationId.Length: > 0 } ? address : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static TeamsReplyAddress From(Activity activity) => new(
        activity.ServiceUrl ?? string.Empty,
        activity.Conversation?.Id ?? string.Empty,
        activity.Id,
        activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id);
}
