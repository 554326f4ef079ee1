namespace DeployBot.Teams.Activities;

/// <summary>Teams channel conversation ids carry the thread: <c>19:…@thread.tacv2;messageid=1759881511856</c> (teams-protocol.md §3, §4.2).</summary>
internal static class ConversationIds
{
    private const string MessageIdMarker = ";messageid=";

    /// <summary>The conversation id without any <c>;messageid=</c> suffix.</summary>
    public static string BaseId(string conversationId)
    {
        var index = conversationId.IndexOf(';', StringComparison.Ordinal);
        return index < 0 ? conversationId : conversationId[..index];
    }

    /// <summary>The root message id of the thread, or null when the id names no thread.</summary>
    public static string? ThreadRootId(string conversationId)
    {
        var index = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var root = conversationId[(index + MessageIdMarker.Length)..];
        var end = root.IndexOf(';', StringComparison.Ordinal);
        root = end < 0 ? root : root[..end];
        return root.Length == 0 ? null : root;
    }

    /// <summary>The conversation id of a channel thread, for posting into it.</summary>
    public static string Threaded(string channelId, string rootMessageId) =>
        BaseId(channelId) + MessageIdMarker + rootMessageId;
}
