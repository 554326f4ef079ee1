using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;
using DeployBot.Teams.Cards;
using DeployBot.Teams.Tests.Infrastructure;

namespace DeployBot.Teams.Tests.Cards;

public sealed class PlanCardTests
{
    [Fact]
    public void Render_Plan_HasContextSixSectionsAndNumberedSteps()
    {
        var cards = PlanCard.Render(SamplePlans.Delivery(SamplePlans.Plan()));

        var json = JsonText.Of(cards.First);
        Assert.Empty(cards.Continuations);
        foreach (var heading in PlanSections.InOrder)
        {
            Assert.Contains(heading, json, StringComparison.Ordinal);
        }

        Assert.Contains("Sat 02:00-04:00 UTC", json, StringComparison.Ordinal);
        Assert.Contains("1. Step 1 action", json, StringComparison.Ordinal);
        Assert.Contains("4. Step 4 action", json, StringComparison.Ordinal);
        Assert.Contains("deploy/step2.sh", json, StringComparison.Ordinal);
        Assert.Contains("[manual]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlanFromALink_ShowsTheLinkUnderItsTitleAfterTheNotes()
    {
        var plan = SamplePlans.Plan() with { Source = new ReleaseSource("https://github.com/acme/shop/pull/42", "Add [due] dates (#42)", "6dcb09b", "CI: 2/3 checks passed on 6dcb09b") };

        var body = PlanCard.Render(SamplePlans.Delivery(plan)).First["body"]!.AsArray().Select(e => (string?)e!["text"]).ToList();

        var notes = body.FindIndex(text => text?.StartsWith("**NOTES:**", StringComparison.Ordinal) == true);
        Assert.Equal("**SOURCE:** [Add (due) dates (#42)](https://github.com/acme/shop/pull/42) · CI: 2/3 checks passed on 6dcb09b", body[notes + 1]);
    }

    [Fact]
    public void Render_PlanFromTypedNotes_HasNoSourceLine() =>
        Assert.DoesNotContain("**SOURCE:**", JsonText.Of(PlanCard.Render(SamplePlans.Delivery(SamplePlans.Plan())).First), StringComparison.Ordinal);

    [Fact]
    public void Render_Plan_MentionsOnCallWithAMatchingEntity()
    {
        var card = PlanCard.Render(SamplePlans.Delivery(SamplePlans.Plan())).First;

        var mention = Assert.Single(card["msteams"]!["entities"]!.AsArray())!;
        Assert.Equal("mention", (string?)mention["type"]);
        Assert.Equal("<at>Production On-Call</at>", (string?)mention["text"]);
        Assert.Equal("oncall-prod@example.com", (string?)mention["mentioned"]!["id"]);
        Assert.Contains(card["body"]!.AsArray(), e => ((string?)e!["text"])?.Contains("<at>Production On-Call</at>", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Render_Plan_HasRegenerateAndAcknowledgeButtonsCarryingThePlanId()
    {
        var card = PlanCard.Render(SamplePlans.Delivery(SamplePlans.Plan())).First;

        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Regenerate", "Acknowledge", "Rollback plan"], actions.Select(a => (string?)a!["title"]));
        Assert.All(actions, a => Assert.Equal("plan-123", (string?)a!["data"]!["planId"]));
        Assert.Equal(["regenerate", "acknowledge", "rollback"], actions.Select(a => (string?)a!["data"]!["action"]));
    }

    [Fact]
    public void Render_WithTicks_HasAToggleForEveryStepWhoTickedItAndASaveProgressSubmit()
    {
        var tick = new DeployBot.Core.Storage.StepTick(2, true, "29:bob", "Bob Example", new DateTimeOffset(2025, 10, 8, 17, 45, 0, TimeSpan.Zero));
        var delivery = SamplePlans.Delivery(SamplePlans.Plan()) with { Checklist = new PlanChecklist(1, 4, [tick]) };

        var card = PlanCard.Render(delivery).First;

        var body = card["body"]!.AsArray();
        var toggles = body.Where(e => (string?)e!["type"] == "Input.Toggle").ToArray();
        Assert.Equal(["step1", "step2", "step3", "step4"], toggles.Select(t => (string?)t!["id"]));
        Assert.Equal(["false", "true", "false", "false"], toggles.Select(t => (string?)t!["value"]));
        Assert.EndsWith("(done by Bob Example at 17:45 UTC)", (string?)toggles[1]!["title"], StringComparison.Ordinal);
        Assert.Contains(body, e => (string?)e!["text"] == "**Checklist:** 1/4 steps done.");
        var save = body.Single(e => (string?)e!["type"] == "ActionSet")!["actions"]![0]!;
        Assert.Equal(("Action.Submit", "Save progress"), ((string?)save["type"], (string?)save["title"]));
        Assert.Equal(("checklist", "plan-123", 1, "0100"), ((string?)save["data"]!["deploybot"], (string?)save["data"]!["planId"], (int)save["data"]!["version"]!, (string?)save["data"]!["shown"]));
        Assert.Equal(["Regenerate", "Acknowledge", "Rollback plan"], card["actions"]!.AsArray().Select(a => (string?)a!["title"]));
    }

    [Fact]
    public void Render_SecondVersion_SaysItStartsItsOwnChecklist()
    {
        var card = PlanCard.Render(SamplePlans.Delivery(SamplePlans.Plan()) with { Version = 2 }).First;

        Assert.Contains("**Checklist:** 0/4 steps done. Version 2 starts its own checklist.", JsonText.Of(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Acknowledged_ShowsWhoAndDropsTheAcknowledgeButton()
    {
        var ack = new Acknowledgement("29:bob", "Bob Example", new DateTimeOffset(2025, 10, 8, 17, 45, 0, TimeSpan.Zero));

        var card = PlanCard.Render(SamplePlans.Delivery(SamplePlans.Plan(), ack: ack)).First;

        Assert.Contains("Acknowledged by Bob Example at 2025-10-08 17:45 UTC", JsonText.Of(card), StringComparison.Ordinal);
        Assert.Equal(["Regenerate", "Rollback plan"], card["actions"]!.AsArray().Select(a => (string?)a!["title"]));
    }

    [Fact]
    public void Render_ModelTextWithMentionTags_CannotCreateMentions()
    {
        var plan = SamplePlans.Plan(summary: "Tell <at>General</at> and <at>Production On-Call</at> now");

        var card = PlanCard.Render(SamplePlans.Delivery(plan)).First;

        var json = JsonText.Of(card);
        Assert.Contains("Tell General and Production On-Call now", json, StringComparison.Ordinal);
        Assert.Single(card["msteams"]!["entities"]!.AsArray());
        Assert.Equal(1, CountOf(JsonText.Of(card["body"]!), "<at>")); // only the on-call line the configuration named
    }

    [Fact]
    public void Render_VeryLongPlan_SplitsIntoCardsUnderTheLimitKeepingEveryStep()
    {
        var plan = SamplePlans.Plan(steps: 60, bulletLength: 900);

        var cards = PlanCard.Render(SamplePlans.Delivery(plan));

        Assert.NotEmpty(cards.Continuations);
        var all = cards.Continuations.Prepend(cards.First).ToList();
        Assert.All(all, card => Assert.True(AdaptiveCard.SizeInBytes(card) < 40 * 1024, $"card of {AdaptiveCard.SizeInBytes(card)} bytes"));
        Assert.All(all, card => Assert.True(AdaptiveCard.SizeInBytes(card) <= PlanCard.MaxCardBytes));
        var text = string.Concat(all.Select(c => JsonText.Of(c)));
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains($"{i}. Step {i} action", text, StringComparison.Ordinal));
        Assert.Contains($"part {all.Count} of {all.Count}", JsonText.Of(all[^1]), StringComparison.Ordinal);
        Assert.NotNull(cards.First["actions"]);
    }

    [Fact]
    public void Render_OfflineFallback_SaysWhyInOneLine()
    {
        var plan = SamplePlans.Plan(planner: new PlannerInfo(PlannerInfo.Offline, "gpt-test", 3, "the model timed out 3 times"));

        var json = JsonText.Of(PlanCard.Render(SamplePlans.Delivery(plan)).First);

        Assert.Contains("offline planner because the language model failed: the model timed out 3 times", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafting_MentionsOnCallAndSaysItIsBeingWritten()
    {
        var card = PlanCard.Drafting(SamplePlans.Delivery(plan: null));

        Assert.Contains("Drafting the production deployment plan", JsonText.Of(card), StringComparison.Ordinal);
        Assert.Single(card["msteams"]!["entities"]!.AsArray());
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
