using System.Text;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Teams.Cards;
using DeployBot.Teams.Tests.Infrastructure;

namespace DeployBot.Teams.Tests.Cards;

public sealed class RollbackCardTests
{
    [Fact]
    public void Render_FallbackRollbackPlan_SaysTheModelFailedAndShowsTheSectionsInOrder()
    {
        var plan = Plan(steps: 2) with { Planner = new PlannerInfo(PlannerInfo.Offline, "gpt-x", 3, "the model did not answer after 3 attempts (HTTP 500)") };

        var card = Assert.Single(RollbackCard.Render(plan, "Detailed rollback plan for version 2 of this plan."));

        var texts = card["body"]!.AsArray().Select(e => (string?)e!["text"]).OfType<string>().ToList();
        Assert.Equal("Rollback plan: production (version 2)", texts[0]);
        Assert.Contains("did not give a usable plan after 3 attempts (the model did not answer after 3 attempts (HTTP 500))", texts[1], StringComparison.Ordinal);
        Assert.Equal("Warning", (string?)card["body"]![1]!["color"]);
        var positions = RollbackSections.InOrder.Select(heading => texts.IndexOf(heading)).ToArray();
        Assert.All(positions, position => Assert.True(position > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("2. Undo step 2 (`deploy/step-2.sh`) [manual] Check: step 2 is undone", texts);
    }

    [Fact]
    public void Render_ModelTextWithMentionTags_CannotCreateMentions()
    {
        var plan = Plan(steps: 1) with { Communication = ["Tell <at>General</at> now"] };

        var card = Assert.Single(RollbackCard.Render(plan, "lead"));

        Assert.DoesNotContain("<at>", JsonText.Of(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_VeryLongRollbackPlan_ContinuesInCardsUnderTheSizeLimit()
    {
        var cards = RollbackCard.Render(Plan(steps: 600), "lead");

        Assert.True(cards.Count > 1);
        Assert.All(cards, card => Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= PlanCard.MaxCardBytes));
        Assert.Contains("(continued, part 2 of", JsonText.Of(cards[1]), StringComparison.Ordinal);
        Assert.Contains("600. Undo step 600", string.Concat(cards.Select(JsonText.Of)), StringComparison.Ordinal);
    }

    private static RollbackPlan Plan(int steps) => new(
        new RollbackContext("p-1", 2, "Drop users.password_md5", "production", "login-v2"),
        ["Turn login-v2 off first."],
        ["5xx above 2% for 5 minutes."],
        [.. Enumerable.Range(1, steps).Select(i => new RollbackStep($"Undo step {i}", $"deploy/step-{i}.sh", StepMode.Manual, $"step {i} is undone"))],
        ["Restore users.password_md5 from the snapshot."],
        ["Smoke tests pass."],
        ["Tell the release channel."],
        PlannerInfo.OfflineByChoice);
}
