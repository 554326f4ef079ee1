using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;
using DeployBot.Teams.Tests.Infrastructure;
using DeployBot.Testing.Teams;
using NSubstitute;

namespace DeployBot.Teams.Tests.Handling;

public sealed class ChecklistSubmitTests
{
    private const string ReleaseChannel = "19:production-releases@thread.tacv2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveProgress_TogglesChanged_TicksOnlyWhatDiffersFromTheCardAndSaysNothingWhenAccepted()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.TickStepsAsync(Arg.Any<StepsTicked>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-7", "Step 2 ticked off; step 3 unticked; 2/4 steps done."));
        var value = Data("1010");
        value["step1"] = "true";
        value["step2"] = "true";
        value["step3"] = "false";

        await bot.PostAsync(Submit(bot, value), Ct);

        await bot.Engine.Received(1).TickStepsAsync(
            Arg.Is<StepsTicked>(t => t.PlanId == "plan-7" && t.Version == 2 && t.Presser.UserId == TeamsActivities.UserAadId
                && t.Changes.SequenceEqual(new[] { new StepChange(2, true), new StepChange(3, false) })),
            Arg.Any<CancellationToken>());
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task SaveProgress_Refused_AnswersWithTheReason()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.TickStepsAsync(Arg.Any<StepsTicked>(), Arg.Any<CancellationToken>()).Returns(new Refused("Only people who may request production plans can tick off its steps, so nothing changed."));
        var value = Data("00");
        value["step1"] = "true";

        await bot.PostAsync(Submit(bot, value), Ct);

        Assert.Contains("Only people who may request production plans", Assert.Single(bot.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1x0")]
    [InlineData("")]
    public async Task SaveProgress_ShownStateNotOneTheCardCarried_SaysTheCardIsOutOfDate(string shown)
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);

        await bot.PostAsync(Submit(bot, Data(shown)), Ct);

        Assert.Contains("out of date", Assert.Single(bot.Connector.Calls).Text, StringComparison.Ordinal);
        await bot.Engine.DidNotReceive().TickStepsAsync(Arg.Any<StepsTicked>(), Arg.Any<CancellationToken>());
    }

    private static JsonObject Data(string shown) =>
        new() { ["deploybot"] = "checklist", ["planId"] = "plan-7", ["version"] = 2, ["shown"] = shown };

    private static JsonObject Submit(TeamsBot bot, JsonObject value) =>
        bot.Activities.CardSubmit(bot.Activities.ThreadReply(ReleaseChannel, "1760000000001", "x"), "1760000000001", value);
}
