using System.Collections.Concurrent;
using DeployBot.Teams.Activities;

namespace DeployBot.Teams.Handling;

/// <summary>
/// What validated activities taught the bot about each Teams channel or chat: the service URL that serves it, its
/// tenant and its name. Proactive posts (plans, thread answers) look their service URL up here.
/// </summary>
internal sealed class ChannelDirectory
{
    private readonly ConcurrentDictionary<string, ChannelEntry> _channels = new(StringComparer.OrdinalIgnoreCase);
    private volatile ChannelEntry? _latest;

    public void Remember(Activity activity)
    {
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var tenantId = activity.Conversation.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var channel = activity.ChannelData?.Channel;
        var baseId = ConversationIds.BaseId(conversationId);
        Remember(baseId, new ChannelEntry(serviceUrl, tenantId, channel?.Id == baseId ? channel.Name : null));
        if (channel?.Id is { Length: > 0 } channelId)
        {
            Remember(channelId, new ChannelEntry(serviceUrl, tenantId, channel.Name));
        }
    }

    public void Remember(string channelId, ChannelEntry entry)
    {
        _channels.AddOrUpdate(channelId, entry, (_, old) => entry with { Name = entry.Name ?? old.Name });
        _latest = entry;
    }

    public ChannelEntry? Find(string channelId) =>
        _channels.TryGetValue(ConversationIds.BaseId(channelId), out var entry) ? entry : null;

    /// <summary>The most recently seen service URL and tenant, for a channel the bot has not heard from yet.</summary>
    public ChannelEntry? Latest => _latest;
}

internal sealed record ChannelEntry(string ServiceUrl, string? TenantId, string? Name);
