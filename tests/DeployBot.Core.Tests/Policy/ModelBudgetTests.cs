using DeployBot.Core.Conversations;
using DeployBot.Core.Tests.TestDoubles;

namespace DeployBot.Core.Tests.Policy;

/// <summary>Issue 19 item 5: one per-user budget covers every request that reaches the model, and expired forms are deleted.</summary>
public sealed class ModelBudgetTests
{
    private static readonly Dictionary<string, string?> Budget = new() { ["RateLimit:ModelCallsPerUser"] = "3", ["RateLimit:WindowMinutes"] = "10" };

    [Fact]
    public async Task ModelBudget_PlanThenRegenerateThenQuestion_TheNextQuestionIsRefusedLikeTheRateLimit()
    {
        await using var bot = new EngineHarness(settings: Budget);
        var planId = await bot.PostPlanAsync("NOTES=\"Add cache\" ENVIRONMENT=staging");
        var thread = bot.ThreadOf(planId);

        var regenerate = await bot.PressAsync(planId, PlanButton.Regenerate, EngineHarness.Alice, deliveryId: "r-1");
        var question = await bot.SayInThreadAsync(thread, "Who approves?", "q-1", EngineHarness.Alice);
        var overBudget = await bot.SayInThreadAsync(thread, "And then?", "q-2", EngineHarness.Alice);
        var revision = await bot.SayInThreadAsync(thread, "WINDOW=\"Sun 06:00-07:00 UTC\"", "v-1", EngineHarness.Alice);
        var someoneElse = await bot.SayInThreadAsync(thread, "And then?", "q-3", EngineHarness.Bob);

        Assert.IsType<Accepted>(regenerate);
        Assert.IsType<Accepted>(question);
        Assert.Contains("try again after", Assert.IsType<Refused>(overBudget).Message, StringComparison.Ordinal);
        Assert.IsType<Refused>(revision);
        Assert.IsType<Accepted>(someoneElse);
    }

    [Fact]
    public async Task ModelBudget_AfterTheWindow_IsAvailableAgain()
    {
        await using var bot = new EngineHarness(settings: Budget);
        for (var i = 0; i < 3; i++)
        {
            Assert.IsType<Accepted>(await bot.StartAsync($"NOTES=\"Change {i}\" ENVIRONMENT=staging"));
        }

        var refused = await bot.StartAsync("NOTES=\"Change 4\" ENVIRONMENT=staging");
        bot.World.Time.Advance(TimeSpan.FromMinutes(10));
        var later = await bot.StartAsync("NOTES=\"Change 5\" ENVIRONMENT=staging");

        Assert.IsType<Refused>(refused);
        Assert.IsType<Accepted>(later);
    }

    [Fact]
    public async Task ModelBudget_RepeatedDeliveriesOfOneCommand_SpendOneSlot()
    {
        await using var bot = new EngineHarness(settings: Budget);
        Assert.IsType<Accepted>(await bot.StartAsync("NOTES=\"Change 1\" ENVIRONMENT=staging", deliveryId: "cmd-1"));
        for (var retry = 0; retry < 3; retry++)
        {
            Assert.IsType<Ignored>(await bot.StartAsync("NOTES=\"Change 1\" ENVIRONMENT=staging", deliveryId: "cmd-1"));
        }

        var second = await bot.StartAsync("NOTES=\"Change 2\" ENVIRONMENT=staging", deliveryId: "cmd-2");
        var third = await bot.StartAsync("NOTES=\"Change 3\" ENVIRONMENT=staging", deliveryId: "cmd-3");
        var fourth = await bot.StartAsync("NOTES=\"Change 4\" ENVIRONMENT=staging", deliveryId: "cmd-4");

        Assert.IsType<Accepted>(second);
        Assert.IsType<Accepted>(third);
        Assert.Contains("requests that use the language model", Assert.IsType<Refused>(fourth).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NewForm_DeletesFormsPastTheirLifetime()
    {
        await using var bot = new EngineHarness();
        Assert.IsType<AskForParameters>(await bot.StartAsync("ENVIRONMENT=staging"));
        Assert.IsType<AskForParameters>(await bot.StartAsync("ENVIRONMENT=staging"));
        bot.World.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        Assert.IsType<AskForParameters>(await bot.StartAsync("ENVIRONMENT=production"));

        Assert.Equal(1, bot.World.Pending.Count);
    }
}
