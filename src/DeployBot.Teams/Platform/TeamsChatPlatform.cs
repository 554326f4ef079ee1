using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Teams.Activities;
using DeployBot.Teams.Cards;
using DeployBot.Teams.Connector;
using DeployBot.Teams.Handling;

namespace DeployBot.Teams.Platform;

/// <summary>
/// Teams' outbound side for the background worker: the plan as a new thread in the release channel (drafting card
/// first, replaced in place), answers in that thread, and notes to the requester where they asked.
/// Service URLs come only from validated activities (the requester's reply address or the channel directory).
/// </summary>
internal sealed class TeamsChatPlatform(ConnectorClient connector, ChannelDirectory channels, DeliveryErrors errors) : IChatPlatform
{
    public string Name => Platforms.Teams;

    public string DescribeChannel(string channelId) =>
        channels.Find(channelId)?.Name is { Length: > 0 } name ? $"**{AdaptiveCard.Safe(name)}**" : "the release channel";

    public async Task<PostedMessage> PostDraftingAsync(PlanDelivery delivery, CancellationToken cancellationToken) =>
        await StartThreadAsync(delivery, PlanCard.Drafting(delivery), cancellationToken);

    public async Task<PostedMessage> PublishPlanAsync(PlanDelivery delivery, PostedMessage? existing, CancellationToken cancellationToken)
    {
        var cards = PlanCard.Render(delivery);
        var posted = existing is null
            ? await StartThreadAsync(delivery, cards.First, cancellationToken)
            : await ReplaceAsync(delivery, existing, cards.First, cancellationToken);
        if (!delivery.IsRefresh && delivery.Acknowledgement is null)
        {
            // A refresh (an acknowledgement, a tick) only changes the first card; the continuations are already there.
            foreach (var continuation in cards.Continuations)
            {
                await PostInThreadAsync(delivery.Channel, posted.MessageId, Card(continuation), cancellationToken);
            }
        }

        return posted;
    }

    public async Task<PostedMessage> ReplyInThreadAsync(ThreadRef thread, ThreadPost post, CancellationToken cancellationToken)
    {
        if (post.Rollback is not null)
        {
            return await PostRollbackAsync(thread, post, cancellationToken);
        }

        var activity = Text(post.Text);
        var posted = await PostInThreadAsync(thread.ChannelId, thread.ThreadId, activity, cancellationToken);
        if (post.RevisedPlan is not null)
        {
            await PostRevisionAsync(thread, post, cancellationToken);
        }

        return posted;
    }

    public async Task TellRequesterAsync(Requester requester, string message, CancellationToken cancellationToken)
    {
        var address = TeamsReplyAddress.TryParse(requester.ReplyAddress)
            ?? throw new ChatDeliveryException("There is no Teams conversation to answer this request in.", permanent: true);
        await errors.GuardAsync("tell the requester", requester.ChannelId, () =>
            connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, Text(message), cancellationToken));
    }

    private async Task<PostedMessage> PostRollbackAsync(ThreadRef thread, ThreadPost post, CancellationToken cancellationToken)
    {
        PostedMessage? first = null;
        foreach (var card in RollbackCard.Render(post.Rollback!, post.Text))
        {
            var posted = await PostInThreadAsync(thread.ChannelId, thread.ThreadId, Card(card), cancellationToken);
            first ??= posted;
        }

        return first!;
    }

    private async Task PostRevisionAsync(ThreadRef thread, ThreadPost post, CancellationToken cancellationToken)
    {
        var plan = post.RevisedPlan!;
        var requester = new Requester(Platforms.Teams, "deploybot", null, thread.ChannelId);
        var delivery = new PlanDelivery(post.PlanId, post.Version ?? 0, plan, plan.Context.Environment, thread.ChannelId, OnCallTarget.Nobody("unchanged"), requester);
        var cards = PlanCard.Render(delivery, isRevision: true);
        foreach (var card in cards.Continuations.Prepend(cards.First))
        {
            await PostInThreadAsync(thread.ChannelId, thread.ThreadId, Card(card), cancellationToken);
        }
    }

    private async Task<PostedMessage> StartThreadAsync(PlanDelivery delivery, JsonObject card, CancellationToken cancellationToken)
    {
        var target = Target(delivery);
        var parameters = new ConversationParameters(
            IsGroup: true,
            Activity: Card(card),
            ChannelData: new TeamsChannelData { Channel = new TeamsInfo(delivery.Channel), Tenant = target.TenantId is null ? null : new TeamsInfo(target.TenantId) },
            TenantId: target.TenantId);
        var response = await errors.GuardAsync("post the plan", delivery.Channel, () =>
            connector.CreateConversationAsync(target.ServiceUrl, parameters, cancellationToken));
        var rootId = response.ActivityId ?? (response.Id is { } id ? ConversationIds.ThreadRootId(id) : null)
            ?? throw new ChatDeliveryException("Teams created the post but did not say its id; the plan cannot be updated in place.", permanent: false);
        channels.Remember(delivery.Channel, target);
        return new PostedMessage(delivery.Channel, rootId, TeamsLinks.Message(delivery.Channel, rootId, target.TenantId));
    }

    private async Task<PostedMessage> ReplaceAsync(PlanDelivery delivery, PostedMessage existing, JsonObject card, CancellationToken cancellationToken)
    {
        var target = Target(delivery);
        var conversationId = ConversationIds.Threaded(existing.ChannelId, existing.MessageId);
        await errors.GuardAsync("update the plan", delivery.Channel, () =>
            connector.UpdateActivityAsync(target.ServiceUrl, conversationId, existing.MessageId, Card(card), cancellationToken));
        return existing;
    }

    private async Task<PostedMessage> PostInThreadAsync(string channelId, string rootId, Activity activity, CancellationToken cancellationToken)
    {
        var entry = channels.Find(channelId) ?? channels.Latest
            ?? throw new ChatDeliveryException("DeployBot has not heard from this Teams channel since it started; mention it in the thread again.", permanent: false);
        var response = await errors.GuardAsync("reply in the thread", channelId, () =>
            connector.SendToConversationAsync(entry.ServiceUrl, ConversationIds.Threaded(channelId, rootId), activity, cancellationToken));
        return new PostedMessage(channelId, response.Id ?? rootId);
    }

    private ChannelEntry Target(PlanDelivery delivery)
    {
        if (TeamsReplyAddress.TryParse(delivery.Requester.ReplyAddress) is { } address)
        {
            return new ChannelEntry(address.ServiceUrl, address.TenantId, channels.Find(delivery.Channel)?.Name);
        }

        return channels.Find(delivery.Channel) ?? channels.Latest
            ?? throw new ChatDeliveryException("DeployBot does not know which Teams service serves the release channel yet; ask for the plan from Teams.", permanent: true);
    }

    private static Activity Card(JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [AdaptiveCard.ToAttachment(card)],
        Entities = card["msteams"]?["entities"] is JsonArray { Count: > 0 } mentions ? MentionEntities(mentions) : null,
    };

    private static Entity[] MentionEntities(JsonArray mentions) =>
        mentions.OfType<JsonObject>()
            .Select(m => new Entity("mention", (string?)m["text"], new ChannelAccount((string?)m["mentioned"]?["id"], (string?)m["mentioned"]?["name"])))
            .ToArray();

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = TeamsMarkdown.NeutraliseKeepingBotLinks(text) };
}
