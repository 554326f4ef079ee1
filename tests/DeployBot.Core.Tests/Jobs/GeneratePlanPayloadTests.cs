using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using DeployBot.Core.Tests.TestDoubles;

namespace DeployBot.Core.Tests.Jobs;

/// <summary>
/// The plan-generation job names the plan and the channel; the request itself lives once, in the plan's row. Jobs queued
/// by an earlier version, whose payload still carries the request, are planned after an upgrade all the same.
/// </summary>
public sealed class GeneratePlanPayloadTests
{
    [Fact]
    public async Task NewRequest_JobPayloadLeavesTheNotesToThePlanRow_AndThePlanFollowsThem()
    {
        await using var bot = new EngineHarness();
        const string notes = "Drop the legacy users.password_md5 column after the backfill";

        await bot.StartAsync($"NOTES=\"{notes}\" ENVIRONMENT=staging");
        var payload = bot.World.Queue.Jobs.Single().Payload;
        await bot.DrainAsync();

        Assert.DoesNotContain("password_md5", payload, StringComparison.Ordinal);
        Assert.Equal(notes, Assert.Single(bot.World.Planner.Inputs).Request.Notes);
        Assert.Single(bot.World.Slack.Publications);
        Assert.Contains("staging plan is ready", Assert.Single(bot.World.Slack.Notes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobQueuedByAnEarlierVersion_WithTheRequestInItsPayload_IsPlannedAndPosted()
    {
        await using var bot = new EngineHarness();
        var requester = EngineHarness.Alice;
        var request = new DeploymentRequest("Rotate the Stripe webhook secret", "staging", "Sat 22:00-23:00 UTC");
        var plan = new PlanRecord("p-old-payload", request, requester, bot.World.Time.GetUtcNow());
        // As versions before December 2026 wrote it: requester, request and channel.
        const string payload = """
            {"requester":{"platform":"slack","userId":"U-ALICE","userName":"alice","channelId":"C-DEV","replyAddress":"https://hooks.example/alice"},"request":{"notes":"Rotate the Stripe webhook secret","environment":"staging","window":"Sat 22:00-23:00 UTC"},"channel":"C-STG-REL"}
            """;
        await bot.World.Queue.EnqueueAsync(
            new NewJob("j-old-payload", JobKind.GeneratePlan, plan.PlanId, payload, null, bot.World.Time.GetUtcNow()), plan, EngineHarness.Token);

        await bot.DrainAsync();

        var input = Assert.Single(bot.World.Planner.Inputs);
        Assert.Equal("Rotate the Stripe webhook secret", input.Request.Notes);
        Assert.Equal("Sat 22:00-23:00 UTC", input.Request.Window);
        Assert.Equal(TestEnvironments.StagingChannel, Assert.Single(bot.World.Slack.Publications).Delivery!.Channel);
        Assert.Equal(JobStatus.Done, bot.World.Queue.Jobs.Single().Status);
    }
}
