using System.Text.RegularExpressions;
using DeployBot.Core.Conversations;
using DeployBot.Core.Storage;
using DeployBot.Core.Text;
using DeployBot.Slack.Inbound;
using DeployBot.Slack.Platform;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// The Events API: <c>url_verification</c>, and messages or mentions in a plan's thread handed to the engine once.
/// Repeats are dropped by <c>event_id</c> (Slack retries) and by channel + ts (app_mention and message arrive for the
/// same message); the bot's own messages, other bots, edits and deletions are ignored.
/// </summary>
internal sealed class EventsHandler(
    IConversationEngine engine,
    IDeliveryDeduplicator deduplicator,
    SlackBotIdentity identity,
    SlackRequesterMessenger messenger,
    SlackFollowUps followUps,
    ILogger<EventsHandler> logger)
{
    /// <summary>Covers Slack's retry schedule (immediately, 1 and 5 minutes) with room to spare.</summary>
    public static readonly TimeSpan KeepDeliveriesFor = TimeSpan.FromHours(2);

    private const string NotInThread = "not in a thread";

    private const string MentionHint =
        "To get a deployment plan, type /deploy-plan NOTES=\"...\" ENVIRONMENT=…. Mention me in a plan's thread to ask about that plan.";

    private static readonly HashSet<string> UserSubtypes = new(StringComparer.Ordinal) { "thread_broadcast", "file_share" };

    public async Task<SlackAck> HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (envelope.Type == "url_verification")
        {
            return envelope.Challenge is null ? SlackAck.BadRequest("url_verification without a challenge.") : SlackAck.Json(new ChallengeReply(envelope.Challenge));
        }

        if (envelope.Type != "event_callback" || envelope.Event is not { } slackEvent)
        {
            return Ignore(envelope, "not an event callback");
        }

        if (envelope.EventId is not null && !await deduplicator.TryMarkAsync($"slack:event:{envelope.EventId}", KeepDeliveriesFor, cancellationToken))
        {
            return Ignore(envelope, "event_id already processed");
        }

        var reason = await WhyIgnoreAsync(envelope, slackEvent, cancellationToken);
        if (reason is not null)
        {
            if (reason == NotInThread && slackEvent.Type == "app_mention")
            {
                var author = new Requester(Platforms.Slack, slackEvent.User!, null, slackEvent.Channel!);
                followUps.Enqueue(ct => messenger.TellAsync(author, MentionHint, threadTs: null, ct));
            }

            return Ignore(envelope, reason);
        }

        if (!await deduplicator.TryMarkAsync($"slack:message:{slackEvent.Channel}:{slackEvent.Ts}", KeepDeliveriesFor, cancellationToken))
        {
            return Ignore(envelope, "message already processed through another event");
        }

        await HandleThreadMessageAsync(slackEvent, cancellationToken);
        return SlackAck.Empty;
    }

    private async Task<string?> WhyIgnoreAsync(EventEnvelope envelope, SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        if (slackEvent.Type is not ("message" or "app_mention"))
        {
            return $"event type {slackEvent.Type}";
        }

        if (slackEvent.Subtype is not null && !UserSubtypes.Contains(slackEvent.Subtype))
        {
            return $"subtype {slackEvent.Subtype}";
        }

        if (slackEvent.BotId is not null || slackEvent.User is null || slackEvent.Channel is null || slackEvent.Ts is null)
        {
            return "a bot's message or an incomplete event";
        }

        if (slackEvent.User == await identity.GetUserIdAsync(envelope.AuthorizedUserId, cancellationToken))
        {
            return "our own message";
        }

        return slackEvent.ThreadTs is null || slackEvent.ThreadTs == slackEvent.Ts ? NotInThread : null;
    }

    private async Task HandleThreadMessageAsync(SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        var botUserId = await identity.GetUserIdAsync(null, cancellationToken);
        var author = new Requester(Platforms.Slack, slackEvent.User!, null, slackEvent.Channel!);
        var message = new ThreadMessage(
            new ThreadRef(Platforms.Slack, slackEvent.Channel!, slackEvent.ThreadTs!),
            author,
            StripMention(slackEvent.Text ?? string.Empty, botUserId),
            $"slack:{slackEvent.Channel}:{slackEvent.Ts}");
        var reply = await engine.HandleThreadMessageAsync(message, cancellationToken);
        var answer = reply switch
        {
            Refused refused => refused.Message,
            // "Writing the rollback plan…", "Revising the plan…": said at once, to the author only; questions say nothing until answered.
            Accepted accepted => accepted.Message,
            AskForParameters ask => string.Join(" ", ask.Form.Fields.Where(f => f.Error is not null).Select(f => f.Error)),
            _ => null,
        };
        if (!string.IsNullOrWhiteSpace(answer))
        {
            followUps.Enqueue(ct => messenger.TellAsync(author, answer, slackEvent.ThreadTs, ct));
        }
    }

    /// <summary>Removes the bot's own mention (<c>&lt;@U…&gt;</c> or <c>&lt;@U…|name&gt;</c>) so the engine sees the question.</summary>
    internal static string StripMention(string text, string? botUserId)
    {
        var stripped = botUserId is null ? text : text.Replace($"<@{botUserId}>", string.Empty, StringComparison.Ordinal);
        stripped = botUserId is null ? stripped : Regex.Replace(stripped, $"<@{Regex.Escape(botUserId)}\\|[^>]*>", string.Empty, RegexOptions.None, MatchBudget.Timeout);
        return stripped.Trim();
    }

    private SlackAck Ignore(EventEnvelope envelope, string reason)
    {
        SlackLog.EventIgnored(logger, envelope.EventId, reason);
        return SlackAck.Empty;
    }
}
