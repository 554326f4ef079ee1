using System.Data.Common;
using DeployBot.Core.Conversations;
using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;

namespace DeployBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SavePostingAsync_SecondPostingOnSamePlatform_ReplacesTheFirst()
    {
        await StorePlanAsync("plan-1");
        await Store.Plans.SavePostingAsync(new PlanPosting("plan-1", Platforms.Slack, new PostedMessage("C0RELEASES1", "1712.0001"), null), Cancel);
        var teams = new PlanPosting("plan-1", Platforms.Teams, new PostedMessage("19:prod@thread.tacv2", "act-9", "https://teams.example/m/9"), 1);
        await Store.Plans.SavePostingAsync(teams, Cancel);

        var replacement = new PlanPosting("plan-1", Platforms.Slack, new PostedMessage("C0RELEASES1", "1712.0001", "https://slack.example/p1"), 2);
        await Store.Plans.SavePostingAsync(replacement, Cancel);

        Assert.Equal(replacement, await Store.Plans.GetPostingAsync("plan-1", Platforms.Slack, Cancel));
        Assert.Equal(teams, await Store.Plans.GetPostingAsync("plan-1", Platforms.Teams, Cancel));
        Assert.Null(await Store.Plans.GetPostingAsync("plan-1", Platforms.Console, Cancel));
    }

    [Fact]
    public async Task FindPlanIdByThreadAsync_LinkedOnAnotherReplica_FindsThePlan()
    {
        await StorePlanAsync("plan-1");
        var thread = new ThreadRef(Platforms.Slack, "C0RELEASES1", "1712.0001");
        await Store.Plans.LinkThreadAsync(thread, "plan-1", Cancel);

        var other = NewReplica();

        Assert.Equal("plan-1", await other.Plans.FindPlanIdByThreadAsync(thread, Cancel));
        Assert.Null(await other.Plans.FindPlanIdByThreadAsync(thread with { ChannelId = "C0OTHER" }, Cancel));
        Assert.Null(await other.Plans.FindPlanIdByThreadAsync(thread with { Platform = Platforms.Teams }, Cancel));
    }

    [Fact]
    public async Task LinkThreadAsync_UnknownPlan_IsRejectedByForeignKey()
    {
        await Store.Database.EnsureMigratedAsync(Cancel);

        await Assert.ThrowsAnyAsync<DbException>(
            () => Store.Plans.LinkThreadAsync(new ThreadRef(Platforms.Slack, "C0RELEASES1", "1712.0001"), "plan-missing", Cancel));
    }

    [Fact]
    public async Task GetThreadHistoryAsync_MoreThanMax_ReturnsMostRecentOldestFirst()
    {
        await StorePlanAsync("plan-1");
        await StorePlanAsync("plan-2");
        for (var i = 1; i <= 5; i++)
        {
            await Store.Plans.AddThreadExchangeAsync("plan-1", $"question {i}?", $"answer {i}", Cancel);
        }

        await Store.Plans.AddThreadExchangeAsync("plan-2", "elsewhere?", "yes", Cancel);

        var history = await Store.Plans.GetThreadHistoryAsync("plan-1", 3, Cancel);

        Assert.Equal([new ThreadExchange("question 3?", "answer 3"), new ThreadExchange("question 4?", "answer 4"), new ThreadExchange("question 5?", "answer 5")], history);
        Assert.Empty(await Store.Plans.GetThreadHistoryAsync("plan-1", 0, Cancel));
        Assert.Equal(5, (await Store.Plans.GetThreadHistoryAsync("plan-1", 50, Cancel)).Count);
    }

    [Fact]
    public async Task AcknowledgeAsync_SecondPerson_FirstAcknowledgementStands()
    {
        await StorePlanAsync("plan-1");
        var first = new Acknowledgement("U0BOB", "Bob", Time.GetUtcNow());
        Time.Advance(TimeSpan.FromSeconds(5));

        var firstAnswer = await Store.Plans.AcknowledgeAsync("plan-1", first, Cancel);
        var secondAnswer = await NewReplica().Plans.AcknowledgeAsync("plan-1", new Acknowledgement("U0CAROL", null, Time.GetUtcNow()), Cancel);

        Assert.Equal(first, firstAnswer);
        Assert.Equal(first, secondAnswer);
        Assert.Equal(first, await Store.Plans.GetAcknowledgementAsync("plan-1", Cancel));
    }

    [Fact]
    public async Task ClearAcknowledgementAsync_GivenBeforeTheNewVersion_IsGoneAndANewOneStands()
    {
        await StorePlanAsync("plan-1");
        await Store.Plans.AcknowledgeAsync("plan-1", new Acknowledgement("U0BOB", "Bob", Time.GetUtcNow()), Cancel);
        Time.Advance(TimeSpan.FromMinutes(1));
        var regeneratedAt = Time.GetUtcNow();

        await Store.Plans.ClearAcknowledgementAsync("plan-1", regeneratedAt, Cancel);
        var cleared = await Store.Plans.GetAcknowledgementAsync("plan-1", Cancel);
        Time.Advance(TimeSpan.FromSeconds(5));
        var carol = new Acknowledgement("U0CAROL", "Carol", Time.GetUtcNow());
        var answer = await Store.Plans.AcknowledgeAsync("plan-1", carol, Cancel);
        await Store.Plans.ClearAcknowledgementAsync("plan-1", regeneratedAt, Cancel);

        Assert.Null(cleared);
        Assert.Equal(carol, answer);
        Assert.Equal(carol, await Store.Plans.GetAcknowledgementAsync("plan-1", Cancel));
    }

    [Fact]
    public async Task AcknowledgeAsync_ManyPressAtOnce_AllSeeTheSameWinner()
    {
        await StorePlanAsync("plan-1");

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Store.Plans.AcknowledgeAsync("plan-1", new Acknowledgement($"U{i}", $"User {i}", Time.GetUtcNow()), Cancel)));

        Assert.Single(answers.Distinct());
        Assert.Equal(answers[0], await Store.Plans.GetAcknowledgementAsync("plan-1", Cancel));
    }

    [Fact]
    public async Task GetAcknowledgementAsync_NobodyPressed_ReturnsNull()
    {
        await StorePlanAsync("plan-1");

        Assert.Null(await Store.Plans.GetAcknowledgementAsync("plan-1", Cancel));
    }
}
