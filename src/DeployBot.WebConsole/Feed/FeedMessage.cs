using DeployBot.WebConsole.Rendering;

namespace DeployBot.WebConsole.Feed;

/// <summary>What a message in the console is, which decides how the page draws it.</summary>
internal enum FeedMessageKind
{
    /// <summary>Something the person typed (a command, a thread question).</summary>
    User,

    /// <summary>Plain text from DeployBot (an answer in a thread).</summary>
    Bot,

    /// <summary>Something only the person who asked needs to see ("Drafting the plan — it will appear in #releases").</summary>
    Notice,

    /// <summary>A refusal or failure, shown as an alert.</summary>
    Error,

    /// <summary>The placeholder while the planner works; the plan replaces it in place.</summary>
    Drafting,

    /// <summary>A deployment plan (in the channel, or a revised version in a thread).</summary>
    Plan,

    /// <summary>The detailed rollback plan of a plan version, in the plan's thread.</summary>
    Rollback,
}

/// <summary>
/// One message of the console's in-memory channel state, as the page receives it.
/// <paramref name="Seq"/> grows with every change (the event id for server-sent events);
/// <paramref name="Position"/> is fixed at creation and orders messages on the page.
/// </summary>
internal sealed record FeedMessage(
    string Id,
    long Seq,
    long Position,
    string Channel,
    string? ThreadId,
    FeedMessageKind Kind,
    string Author,
    string? Text,
    DateTimeOffset At,
    ConsolePlanView? Plan = null,
    int ReplyCount = 0,
    bool OnlyVisibleToYou = false,
    ConsoleRollbackView? Rollback = null);

/// <summary>A message to add, before the feed gives it an id and a place.</summary>
internal sealed record NewFeedMessage(
    string Channel,
    FeedMessageKind Kind,
    string Author,
    string? Text,
    string? ThreadId = null,
    ConsolePlanView? Plan = null,
    bool OnlyVisibleToYou = false,
    ConsoleRollbackView? Rollback = null);

/// <summary>What changed since an event id, and a task that completes at the next change.</summary>
internal sealed record FeedChanges(IReadOnlyList<FeedMessage> Messages, long Seq, Task NextChange);
