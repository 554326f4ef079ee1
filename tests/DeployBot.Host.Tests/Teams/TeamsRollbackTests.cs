using System.Text.Json.Nodes;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Testing.Teams;

namespace DeployBot.Host.Tests.Teams;

/// <summary>
/// <c>@DeployBot rollback</c> in a plan's thread, and the plan card's Rollback plan button, on Teams: real RS256 tokens,
/// the fake Bot Framework connector, the real host and offline planner.
/// </summary>
public sealed class TeamsRollbackTests : IAsyncLifetime
{
    private const string Command = "deploy-plan NOTES=\"Drop the legacy users.password_md5 column; new Stripe webhook\" ENVIRONMENT=prod WINDOW=\"Sat 02:00-04:00 UTC\" FLAG=login-v2";
    private TeamsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await TeamsHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RollbackMentionInThePlansThread_AcksThenPostsARollbackCardWithTheSixSectionsInOrder()
    {
        await _host.PostAsync(_host.Activities.ChannelMention("19:dev-team@thread.tacv2", Command));
        var plan = await _host.WaitForPlanAsync();
        var thread = plan.ConversationId!;

        await _host.PostAsync(_host.Activities.ThreadReply(TeamsHost.ReleaseChannel, plan.ActivityId!, "rollback"));
        var ack = await _host.WaitForAsync(call => call.ConversationId == thread && call.Text?.Contains("Writing the detailed rollback plan", StringComparison.Ordinal) == true);
        var rollback = await WaitForRollbackCardAsync(thread);

        Assert.NotNull(ack);
        var lines = Lines(rollback.Card!);
        AssertSectionsInOrder(lines);
        var steps = lines.SkipWhile(line => line != RollbackSections.Steps).Skip(1).TakeWhile(line => line != RollbackSections.DataRecovery).ToArray();
        Assert.StartsWith("1. Announce the rollback", steps[0], StringComparison.Ordinal);
        Assert.StartsWith("2. Turn login-v2 off for everyone", steps[1], StringComparison.Ordinal);
        Assert.Contains(steps, step => step.Contains("users.password_md5", StringComparison.Ordinal) && step.Contains("Check:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("offline planner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RollbackPlanButton_IsDestructiveOnAProductionPlan_AndPostsTheRollbackCardInThePlansThread()
    {
        await _host.PostAsync(_host.Activities.ChannelMention("19:dev-team@thread.tacv2", Command));
        var plan = await _host.WaitForPlanAsync();
        var button = plan.Card!["actions"]!.AsArray().Single(action => (string?)action!["title"] == "Rollback plan")!;

        var template = _host.Activities.ThreadReply(TeamsHost.ReleaseChannel, plan.ActivityId!, string.Empty);
        await _host.PostAsync(_host.Activities.CardSubmit(template, plan.ActivityId!, button["data"]!.AsObject().DeepClone().AsObject()));
        var rollback = await WaitForRollbackCardAsync(plan.ConversationId!);

        Assert.Equal("destructive", (string?)button["style"]);
        AssertSectionsInOrder(Lines(rollback.Card!));
    }

    private Task<ConnectorCall> WaitForRollbackCardAsync(string thread) =>
        _host.WaitForAsync(call => call.Operation == ConnectorOperations.SendToConversation && call.ConversationId == thread
            && call.Card?["body"]?[0]?["text"]?.GetValue<string>().StartsWith("Rollback plan: production", StringComparison.Ordinal) == true);

    private static List<string> Lines(JsonObject card) =>
        [.. card["body"]!.AsArray().Select(element => (string?)element!["text"]).OfType<string>()];

    private static void AssertSectionsInOrder(List<string> lines)
    {
        var positions = RollbackSections.InOrder.Select(heading => lines.IndexOf(heading)).ToArray();
        Assert.All(positions, position => Assert.True(position >= 0, string.Join("\n", lines)));
        Assert.Equal(positions.Order(), positions);
    }
}
