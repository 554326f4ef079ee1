using DeployBot.Core.Conversations;
using DeployBot.WebConsole.Feed;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>Shows the engine's answer the way Slack would: a form opens, anything else is said in the channel (or thread).</summary>
internal sealed class ConsoleReplyPresenter(ConsoleFeed feed)
{
    public ConsoleReply Present(EngineReply reply, string channel, string? threadId = null) => reply switch
    {
        AskForParameters ask => new ConsoleReply("form", ask.Form.Message, Form: ask.Form),
        Accepted accepted => Say(new ConsoleReply("accepted", accepted.Message, accepted.PlanId), FeedMessageKind.Notice, channel, threadId),
        Refused refused => Say(new ConsoleReply("refused", refused.Message), FeedMessageKind.Error, channel, threadId),
        Ignored ignored => Say(new ConsoleReply("ignored", $"DeployBot did not act on that: {ignored.Reason}"), FeedMessageKind.Notice, channel, threadId),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown engine reply."),
    };

    /// <summary>An answer from the console itself, for input that never reaches the engine (an unknown command).</summary>
    public ConsoleReply Refuse(string message, string channel, string? threadId = null) =>
        Say(new ConsoleReply("refused", message), FeedMessageKind.Error, channel, threadId);

    public ConsoleReply Hint(string message, string channel) =>
        Say(new ConsoleReply("ignored", message), FeedMessageKind.Notice, channel, null);

    private ConsoleReply Say(ConsoleReply reply, FeedMessageKind kind, string channel, string? threadId)
    {
        if (string.IsNullOrWhiteSpace(reply.Message))
        {
            return reply;
        }

        feed.Add(new NewFeedMessage(channel, kind, ConsoleFeed.BotName, reply.Message, threadId, OnlyVisibleToYou: true));
        return reply;
    }
}
