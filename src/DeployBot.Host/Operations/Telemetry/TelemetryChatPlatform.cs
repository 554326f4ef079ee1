using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Core.Telemetry;

namespace DeployBot.Host.Operations.Telemetry;

/// <summary>Counts plans posted and failed posts (after the platform client's own retries) on one chat platform.</summary>
internal sealed class TelemetryChatPlatform(IChatPlatform inner) : IChatPlatform
{
    public string Name => inner.Name;

    public string DescribeChannel(string channelId) => inner.DescribeChannel(channelId);

    public Task<PostedMessage> PostDraftingAsync(PlanDelivery delivery, CancellationToken cancellationToken) =>
        CountFailuresAsync("drafting", () => inner.PostDraftingAsync(delivery, cancellationToken));

    public Task<PostedMessage?> FindDraftingAsync(PlanDelivery delivery, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.FindDraftingAsync(delivery, since, cancellationToken);

    public async Task<PostedMessage> PublishPlanAsync(PlanDelivery delivery, PostedMessage? existing, CancellationToken cancellationToken)
    {
        var posted = await CountFailuresAsync("plan", () => inner.PublishPlanAsync(delivery, existing, cancellationToken));
        DeployBotTelemetry.PlansPosted.Add(1, Tags.Of(Tags.Platform, Name));
        return posted;
    }

    public Task<PostedMessage> ReplyInThreadAsync(ThreadRef thread, ThreadPost post, CancellationToken cancellationToken) =>
        CountFailuresAsync("thread", () => inner.ReplyInThreadAsync(thread, post, cancellationToken));

    public Task TellRequesterAsync(Requester requester, string message, CancellationToken cancellationToken) =>
        CountFailuresAsync("requester", async () =>
        {
            await inner.TellRequesterAsync(requester, message, cancellationToken);
            return true;
        });

    private async Task<T> CountFailuresAsync<T>(string operation, Func<Task<T>> post)
    {
        try
        {
            return await post();
        }
        catch (ChatDeliveryException exception)
        {
            DeployBotTelemetry.PostingFailures.Add(
                1, Tags.Of(Tags.Platform, Name), Tags.Of(Tags.Operation, operation), Tags.Of(Tags.Permanent, exception.Permanent));
            throw;
        }
    }
}
