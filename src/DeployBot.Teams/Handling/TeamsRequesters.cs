using DeployBot.Core.Conversations;
using DeployBot.Teams.Activities;

namespace DeployBot.Teams.Handling;

/// <summary>Who sent an activity, in the engine's terms.</summary>
internal static class TeamsRequesters
{
    public static Requester From(Activity activity)
    {
        var from = activity.From;
        var userId = from?.AadObjectId is { Length: > 0 } aad ? aad : from?.Id ?? "unknown";
        return new Requester(Platforms.Teams, userId, from?.Name, ChannelOf(activity), TeamsReplyAddress.From(activity).ToJson());
    }

    /// <summary>The channel id for channel messages (<c>channelData.channel.id</c>), otherwise the conversation id.</summary>
    public static string ChannelOf(Activity activity)
    {
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        return activity.ChannelData?.Channel?.Id is { Length: > 0 } channelId && IsChannel(activity)
            ? channelId
            : ConversationIds.BaseId(conversationId);
    }

    public static bool IsChannel(Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase)
        || activity.ChannelData?.Channel?.Id is { Length: > 0 };

    /// <summary>The thread root when this message is a reply inside a channel thread (not the thread's first message).</summary>
    public static string? ThreadRootOfReply(Activity activity) =>
        IsChannel(activity)
        && activity.Conversation?.Id is { } conversationId
        && ConversationIds.ThreadRootId(conversationId) is { } root
        && root != activity.Id
            ? root
            : null;
}
