using DeployBot.Host.Tests.Reliability.Support;
using DeployBot.Testing.Model;

namespace DeployBot.Host.Tests.Reliability;

/// <summary>
/// Issue 9, faults in the model, through the whole host (signed Slack commands in, the fake Slack out): a flaky model
/// still gives every request its plan with a bounded number of calls; a dead model gives offline plans that say why,
/// and once the circuit is open later requests do not call it at all.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class ModelFaultTests
{
    private const int MaxAttempts = 3;

    /// <summary>Slack shows an error to the person if the command is not answered within 3 seconds.</summary>
    private static readonly TimeSpan SlackDeadline = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task FlakyModel_ThirtyPercentOfCallsFail_EveryPlanPostedOnceWithBoundedRetries()
    {
        const int requests = 12;
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await InMemoryBot.StartAsync(
            new Dictionary<string, string?> { ["Model:MaxAttempts"] = $"{MaxAttempts}", ["Model:AttemptTimeoutSeconds"] = "1", ["Model:TotalTimeoutSeconds"] = "20" },
            ct);
        var script = FlakyScript(requests * MaxAttempts);
        bot.Fakes.Model.Enqueue([.. script]);

        var acks = await bot.SendAsync(1, requests, ct);
        var done = await bot.WaitForPlansAsync(requests, TimeSpan.FromSeconds(120), ct);

        var evidence = await bot.EvidenceAsync(ct);
        Assert.All(acks, ack => Assert.True(ack.IsDrafting, $"not acknowledged with Drafting: {ack}"));
        Assert.True(done, $"not every plan was posted in time.{Environment.NewLine}{evidence}");
        PlanAssertions.EachRequestPostedOnce(bot.Slack, acks, evidence);
        var calls = bot.Fakes.Model.RequestCount;
        // More calls than requests: the faults were met and retried; never more than MaxAttempts per plan.
        Assert.InRange(calls, requests + 1, requests * MaxAttempts);
        Assert.Equal(0, await bot.Jobs.ParkedAsync(ct));
    }

    [Fact]
    public async Task ModelDown_PlansPostedOfflineWithTheReason_CircuitOpensSoLaterRequestsSkipTheModel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await InMemoryBot.StartAsync(
            new Dictionary<string, string?>
            {
                ["Model:MaxAttempts"] = "2",
                ["Model:CircuitBreakerMinimumThroughput"] = "3",
                ["Model:CircuitBreakDurationSeconds"] = "300",
            },
            ct);
        bot.Fakes.Model.WhenScriptIsEmpty = FakeModelReply.ServerError(503);

        var first = await bot.SendAsync(1, 3, ct);
        Assert.True(await bot.WaitForPlansAsync(3, TimeSpan.FromSeconds(60), ct), await bot.EvidenceAsync(ct));
        var callsWhileOpening = bot.Fakes.Model.RequestCount;
        var later = await bot.SendAsync(4, 8, ct);
        Assert.True(await bot.WaitForPlansAsync(8, TimeSpan.FromSeconds(60), ct), await bot.EvidenceAsync(ct));

        var evidence = await bot.EvidenceAsync(ct);
        PlanAssertions.EachRequestPostedOnce(bot.Slack, [.. first, .. later], evidence);
        Assert.All(first.Concat(later), ack => Assert.True(ack.IsDrafting && ack.Took < SlackDeadline, $"slow or not Drafting: {ack}"));
        Assert.InRange(callsWhileOpening, 3, 3 * 2);
        Assert.Equal(callsWhileOpening, bot.Fakes.Model.RequestCount);
        var messages = SlackLedger.PlanMessages(bot.Slack);
        foreach (var ack in first)
        {
            var shown = messages.Last(m => m.Tag == SlashCommands.Tag(ack.Index)).BlockText;
            Assert.Contains("The language model could not write this plan (the model did not answer after 2 attempts (HTTP 503))", shown, StringComparison.Ordinal);
        }

        foreach (var ack in later)
        {
            var shown = messages.Last(m => m.Tag == SlashCommands.Tag(ack.Index)).BlockText;
            Assert.Contains("The language model could not write this plan (model circuit open", shown, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A fixed script, not random: of every 13 calls 4 fail (31%): a 429 with Retry-After, a 500, a hang past the
    /// attempt timeout, and a 200 whose body is not JSON. Calls past the script get a valid plan.
    /// </summary>
    private static List<FakeModelReply> FlakyScript(int length)
    {
        var valid = FakeModelReply.Content(ModelAnswers.ValidPlanJson());
        FakeModelReply[] cycle =
        [
            valid, FakeModelReply.TooManyRequests(1), valid, valid, FakeModelReply.ServerError(500), valid, valid,
            FakeModelReply.Hang(), valid, valid, FakeModelReply.Garbage(), valid, valid,
        ];
        return [.. Enumerable.Range(0, length).Select(i => cycle[i % cycle.Length])];
    }
}
