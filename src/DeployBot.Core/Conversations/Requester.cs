namespace DeployBot.Core.Conversations;

/// <summary>The platforms DeployBot speaks on. A plan is posted on the platform it was requested from.</summary>
public static class Platforms
{
    public const string Slack = "slack";
    public const string Teams = "teams";
    public const string Console = "console";
}

/// <summary>Who asked, from where.</summary>
/// <param name="Platform">One of <see cref="Platforms"/>.</param>
/// <param name="UserId">The platform's user id (Slack <c>U…</c>, Teams <c>29:…</c> or AAD id, console user name).</param>
/// <param name="UserName">Display name when known.</param>
/// <param name="ChannelId">The conversation the request came from.</param>
/// <param name="ReplyAddress">Opaque adapter data for answering this person later (Slack <c>response_url</c>,
/// Teams service URL and conversation reference as JSON). Only the adapter that wrote it reads it.</param>
public sealed record Requester(string Platform, string UserId, string? UserName, string ChannelId, string? ReplyAddress = null);

/// <summary>A plan's thread on one platform: the channel and the id of the thread's root message.</summary>
public sealed record ThreadRef(string Platform, string ChannelId, string ThreadId);

/// <summary>A message the bot posted: where it is and its platform id (Slack <c>ts</c>, Teams activity id).</summary>
public sealed record PostedMessage(string ChannelId, string MessageId, string? Permalink = null);
