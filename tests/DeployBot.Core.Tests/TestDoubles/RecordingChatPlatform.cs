using System.Collections.Concurrent;
using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;

using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>
/// A test adapter's outbound side: records every post (placeholders, plans, thread replies, notes to requesters)
/// and can be told to fail the next calls of one operation, the way a platform answers with errors.
/// </summary>
internal sealed class RecordingChatPlatform(string name = PlatformNames.Slack) : IChatPlatform
{
    private readonly ConcurrentQueue<Posted> _posts = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Exception>> _failures = new();
    private int _nextMessage;
    private int _loseNextDraftingAnswer;

    public string Name => name;

    public IReadOnlyList<Posted> Posts => _posts.ToArray();

    public IReadOnlyList<Posted> Drafts => Posts.Where(p => p.Operation == nameof(PostDraftingAsync)).ToArray();

    public IReadOnlyList<Posted> Publications => Posts.Where(p => p.Operation == nameof(PublishPlanAsync)).ToArray();

    public IReadOnlyList<Posted> ThreadReplies => Posts.Where(p => p.Operation == nameof(ReplyInThreadAsync)).ToArray();

    public IReadOnlyList<Posted> Notes => Posts.Where(p => p.Operation == nameof(TellRequesterAsync)).ToArray();

    /// <summary>The next call of <paramref name="operation"/> throws <paramref name="failure"/> (queue several for several calls).</summary>
    public void FailNext(string operation, Exception failure) =>
        _failures.GetOrAdd(operation, _ => new ConcurrentQueue<Exception>()).Enqueue(failure);

    public string DescribeChannel(string channelId) => $"<#{channelId}>";

    public Task<PostedMessage> PostDraftingAsync(PlanDelivery delivery, CancellationToken cancellationToken)
    {
        ThrowIfScripted(nameof(PostDraftingAsync));
        var message = NewMessage(delivery.Channel);
        _posts.Enqueue(new Posted(nameof(PostDraftingAsync), message) { Delivery = delivery });
        if (Interlocked.Exchange(ref _loseNextDraftingAnswer, 0) == 1)
        {
            throw new ChatDeliveryException("the connection closed before the platform answered", permanent: false);
        }

        return Task.FromResult(message);
    }

    /// <summary>The next placeholder is posted on the platform, but the bot never hears back (as when it is killed then).</summary>
    public void LoseNextDraftingAnswer() => Interlocked.Exchange(ref _loseNextDraftingAnswer, 1);

    /// <summary>Like a platform that tags placeholders with their plan: the latest one posted for the plan, if any.</summary>
    public Task<PostedMessage?> FindDraftingAsync(PlanDelivery delivery, DateTimeOffset since, CancellationToken cancellationToken)
    {
        FindCalls++;
        return Task.FromResult(Drafts.LastOrDefault(draft => draft.Delivery?.PlanId == delivery.PlanId)?.Message);
    }

    /// <summary>How often the bot looked for a placeholder it may have lost.</summary>
    public int FindCalls { get; private set; }

    public Task<PostedMessage> PublishPlanAsync(PlanDelivery delivery, PostedMessage? existing, CancellationToken cancellationToken)
    {
        ThrowIfScripted(nameof(PublishPlanAsync));
        var message = existing ?? NewMessage(delivery.Channel);
        _posts.Enqueue(new Posted(nameof(PublishPlanAsync), message) { Delivery = delivery, Replaced = existing });
        return Task.FromResult(message);
    }

    public Task<PostedMessage> ReplyInThreadAsync(ThreadRef thread, ThreadPost post, CancellationToken cancellationToken)
    {
        ThrowIfScripted(nameof(ReplyInThreadAsync));
        var message = NewMessage(thread.ChannelId);
        _posts.Enqueue(new Posted(nameof(ReplyInThreadAsync), message) { Thread = thread, ThreadPost = post, Text = post.Text });
        return Task.FromResult(message);
    }

    public Task TellRequesterAsync(Requester requester, string message, CancellationToken cancellationToken)
    {
        ThrowIfScripted(nameof(TellRequesterAsync));
        _posts.Enqueue(new Posted(nameof(TellRequesterAsync), null) { Requester = requester, Text = message });
        return Task.CompletedTask;
    }

    private PostedMessage NewMessage(string channel)
    {
        var id = Interlocked.Increment(ref _nextMessage);
        return new PostedMessage(channel, $"1700000000.{id:D6}", $"https://chat.example/{channel}/{id}");
    }

    private void ThrowIfScripted(string operation)
    {
        if (_failures.TryGetValue(operation, out var failures) && failures.TryDequeue(out var failure))
        {
            throw failure;
        }
    }
}

/// <summary>One call the bot made to the platform.</summary>
internal sealed record Posted(string Operation, PostedMessage? Message)
{
    public PlanDelivery? Delivery { get; init; }

    public PostedMessage? Replaced { get; init; }

    public ThreadRef? Thread { get; init; }

    public ThreadPost? ThreadPost { get; init; }

    public Requester? Requester { get; init; }

    public string? Text { get; init; }
}
