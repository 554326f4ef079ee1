using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Core.Tests.TestDoubles;

using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.Core.Tests.Policy;

public sealed class RequestPolicyTests
{
    [Fact]
    public async Task StartAsync_UserNotOnTheAllowList_IsRefusedNamingTheEnvironmentAndTheSetting()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.StartAsync("NOTES=x ENVIRONMENT=vault");

        var message = Assert.IsType<Refused>(reply).Message;
        Assert.Contains("vault", message, StringComparison.Ordinal);
        Assert.Contains("Environments:vault:AllowedUsers", message, StringComparison.Ordinal);
        Assert.Empty(bot.World.Queue.Jobs);
    }

    [Fact]
    public async Task StartAsync_UserOnTheAllowList_IsAccepted()
    {
        await using var bot = new EngineHarness();
        var boss = EngineHarness.Alice with { UserId = "U-BOSS" };

        var reply = await bot.StartAsync("NOTES=x ENVIRONMENT=vault", boss);

        Assert.IsType<Accepted>(reply);
    }

    [Fact]
    public async Task SubmitFormAsync_EnvironmentChosenInTheFormNotAllowed_IsRefusedAndTheFormStaysUsable()
    {
        await using var bot = new EngineHarness();
        var form = Assert.IsType<AskForParameters>(await bot.StartAsync("NOTES=x")).Form;

        var refused = await bot.SubmitAsync(form.FormId, new() { [RequestField.Environment] = "vault" });
        var accepted = await bot.SubmitAsync(form.FormId, new() { [RequestField.Environment] = "staging" });

        Assert.Contains("AllowedUsers", Assert.IsType<Refused>(refused).Message, StringComparison.Ordinal);
        Assert.IsType<Accepted>(accepted);
    }

    [Fact]
    public async Task StartAsync_OverTheRateLimit_SaysWhenToTryAgainAndThenAccepts()
    {
        var limit = new Dictionary<string, string?> { ["RateLimit:PlansPerUser"] = "2", ["RateLimit:WindowMinutes"] = "10" };
        await using var bot = new EngineHarness(settings: limit);
        await bot.StartAsync("NOTES=one ENVIRONMENT=staging");
        bot.World.Time.Advance(TimeSpan.FromSeconds(90));
        await bot.StartAsync("NOTES=two ENVIRONMENT=staging");

        var refused = await bot.StartAsync("NOTES=three ENVIRONMENT=staging");
        var otherUser = await bot.StartAsync("NOTES=three ENVIRONMENT=staging", EngineHarness.Bob);
        bot.World.Time.Advance(TimeSpan.FromMinutes(9));
        var later = await bot.StartAsync("NOTES=three ENVIRONMENT=staging");

        // The first plan was accepted at 14:22:00, so a third fits once it is ten minutes old.
        Assert.Equal("You've asked for 2 plans in the last 10 minutes; try again after 14:32 UTC.", Assert.IsType<Refused>(refused).Message);
        Assert.IsType<Accepted>(otherUser);
        Assert.IsType<Accepted>(later);
    }

    [Fact]
    public async Task StartAsync_NoReleaseChannelOnTheRequestersPlatform_IsRefusedNamingTheKey()
    {
        await using var bot = new EngineHarness();
        var teamsUser = new Requester(PlatformNames.Teams, "29:abc", "Tess", "19:general@thread.tacv2");

        var reply = await bot.StartAsync("NOTES=x ENVIRONMENT=production WINDOW=\"Sat 22:00\"", teamsUser);

        Assert.Contains("Environments:production:ReleaseChannel:Teams", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_FromTeams_PostsOnTeamsInTheTeamsReleaseChannel()
    {
        await using var bot = new EngineHarness();
        var teamsUser = new Requester(PlatformNames.Teams, "29:abc", "Tess", "19:general@thread.tacv2");

        await bot.PostPlanAsync("NOTES=x ENVIRONMENT=staging", teamsUser);

        Assert.Empty(bot.World.Slack.Posts);
        var published = Assert.Single(bot.World.Teams.Publications);
        Assert.Equal("19:staging@thread.tacv2", published.Message!.ChannelId);
        Assert.Null(published.Delivery!.OnCall.MentionId);
        Assert.Contains("Environments:staging:OnCall", published.Delivery.OnCall.Note, StringComparison.Ordinal);
    }
}
