using System.Text.Json;
using DeployBot.Core.Conversations;

namespace DeployBot.Slack.Rendering;

/// <summary>
/// What travels in a modal's <c>private_metadata</c> (≤ 3,000 characters): the form id and who asked from where,
/// because <c>view_submission</c> carries no channel (slack-protocol.md §3).
/// </summary>
internal sealed record FormMetadata(string FormId, string UserId, string? UserName, string ChannelId, string? ResponseUrl)
{
    public string Serialize()
    {
        var json = Api.SlackJson.Serialize(this);
        // The response_url is the only long part; without it answers go by chat.postEphemeral instead.
        return json.Length <= SlackLimits.PrivateMetadata ? json : Api.SlackJson.Serialize(this with { ResponseUrl = null });
    }

    public static FormMetadata? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var metadata = JsonSerializer.Deserialize<FormMetadata>(json, Api.SlackJson.Options);
            return metadata is { FormId.Length: > 0, UserId.Length: > 0, ChannelId.Length: > 0 } ? metadata : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public Requester ToRequester() => new(Platforms.Slack, UserId, UserName, ChannelId, ResponseUrl);
}
