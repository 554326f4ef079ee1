using DeployBot.Testing.Plans;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Validation;

namespace DeployBot.Core.Tests.Plans;

public sealed class PlanValidatorStructureTests
{
    private static IReadOnlyList<string> Rules(DeploymentPlan plan) =>
        PlanValidator.Validate(plan, PlanSamples.Input).Select(violation => violation.Rule).ToArray();

    [Fact]
    public void Validate_PlanMeetingEveryRule_ReturnsNoViolations()
    {
        Assert.Empty(PlanValidator.Validate(PlanSamples.Valid, PlanSamples.Input));
    }

    [Theory]
    [InlineData(PlanSections.Summary)]
    [InlineData(PlanSections.PreDeploymentChecks)]
    [InlineData(PlanSections.Steps)]
    [InlineData(PlanSections.Verification)]
    [InlineData(PlanSections.Rollback)]
    [InlineData(PlanSections.NextActions)]
    public void Validate_EmptySection_NamesThatSection(string heading)
    {
        var plan = heading switch
        {
            PlanSections.Summary => PlanSamples.Valid with { Summary = [] },
            PlanSections.PreDeploymentChecks => PlanSamples.Valid with { PreDeploymentChecks = ["  "] },
            PlanSections.Steps => PlanSamples.Valid with { Steps = [] },
            PlanSections.Verification => PlanSamples.Valid with { Verification = [] },
            PlanSections.Rollback => PlanSamples.Valid with { Rollback = [] },
            _ => PlanSamples.Valid with { NextActions = [] },
        };

        Assert.Contains($"section-missing:{heading}", Rules(plan));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Validate_SummaryLength_OnlyThreeToFiveSentencesPass(int sentences, bool violated)
    {
        var summary = Enumerable.Range(1, sentences).Select(n => $"Sentence {n} mentions Sat 02:00-04:00 UTC.").ToArray();

        var rules = Rules(PlanSamples.Valid with { Summary = summary });

        Assert.Equal(violated, rules.Contains(PlanRules.SummaryLength));
    }

    [Fact]
    public void Validate_SummaryAsOneParagraph_CountsItsSentences()
    {
        var paragraph = "Deploys checkout v2 to production. It is a larger migration, e.g. schema and webhooks! Is it safe? "
            + "It fits Sat 02:00-04:00 UTC. The flag guards it. One more sentence here.";

        Assert.Contains(PlanRules.SummaryLength, Rules(PlanSamples.Valid with { Summary = [paragraph] }));
        Assert.DoesNotContain(PlanRules.SummaryLength, Rules(PlanSamples.Valid with { Summary = [paragraph[..paragraph.IndexOf(" One more", StringComparison.Ordinal)]] }));
    }

    [Fact]
    public void Validate_WindowWithFullStops_DoesNotCountAsExtraSentences()
    {
        var input = PlanInputs.ProductionInput(window: "Sat. 02:00. Sun. 04:00");
        var plan = PlanSamples.Valid with
        {
            Context = PlanSamples.Valid.Context with { Window = "Sat. 02:00. Sun. 04:00" },
            Summary = ["Deploys to production.", "It is a migration.", "It fits inside Sat. 02:00. Sun. 04:00 with the flag checkout-v2."],
        };

        Assert.Empty(PlanValidator.Validate(plan, input));
    }

    [Fact]
    public void Validate_StepWithoutAction_IsReported()
    {
        var plan = PlanSamples.Valid with { Steps = [.. PlanSamples.Valid.Steps, new PlanStep(" ", "deploy/x.yaml", StepMode.Manual)] };

        var violation = Assert.Single(PlanValidator.Validate(plan, PlanSamples.Input));

        Assert.Equal(PlanRules.StepActionMissing, violation.Rule);
        Assert.Contains("4", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1. Approvals from the service owner.")]
    [InlineData("Checks:\n2) Backup taken.")]
    public void Validate_NumberedListOutsideSteps_IsReported(string check)
    {
        var plan = PlanSamples.Valid with { PreDeploymentChecks = [.. PlanSamples.Valid.PreDeploymentChecks, check] };

        Assert.Contains(PlanRules.NumberedOutsideSteps, Rules(plan));
    }

    [Fact]
    public void Validate_NumbersInsideASentence_AreNotAList()
    {
        var plan = PlanSamples.Valid with { NextActions = ["Hold 1% for 15 minutes, then 10. Remove the flag after 100%."] };

        Assert.Empty(Rules(plan));
    }

    [Fact]
    public void Validate_HeadingInsideAnEntry_IsReported()
    {
        var plan = PlanSamples.Valid with { Verification = [.. PlanSamples.Valid.Verification, "Done.\n## Rollback Readiness"] };

        Assert.Contains(PlanRules.BrokenStructure, Rules(plan));
    }

    [Theory]
    [InlineData("As an AI, I recommend a canary.")]
    [InlineData("I'm an AI assistant.")]
    [InlineData("This plan was drafted by a language model.")]
    [InlineData("I think the canary is enough.")]
    [InlineData("<think>the user wants a plan</think>")]
    [InlineData("Per the system prompt, keep it short.")]
    [InlineData("Let me start with the backups.")]
    [InlineData("```yaml\nreplicas: 3\n```")]
    [InlineData("Here is your deployment plan:")]
    public void Validate_PromptTextOrReasoning_IsLeakedReasoning(string text)
    {
        var plan = PlanSamples.Valid with { NextActions = [.. PlanSamples.Valid.NextActions, text] };

        var violation = Assert.Single(PlanValidator.Validate(plan, PlanSamples.Input));

        Assert.Equal(PlanRules.LeakedReasoning, violation.Rule);
    }

    [Fact]
    public void Validate_StepQuotingTheNotesWordForWord_IsNoLeak()
    {
        // An offline step quotes what the notes ask; the notes' own "I think" is their author's, not the planner's reasoning.
        var notes = PlanInputs.SchemaNotes + "\nBREAKING: remove the v1 endpoint\nI think, let me see: ```";
        var plan = PlanSamples.Valid with
        {
            Context = PlanSamples.Valid.Context with { Notes = notes },
            NextActions = [.. PlanSamples.Valid.NextActions, "Follow-up: confirm that nothing still uses \"v1 endpoint I think\"."],
        };

        Assert.DoesNotContain(PlanRules.LeakedReasoning, PlanValidator.Validate(plan, PlanInputs.ProductionInput(notes)).Select(violation => violation.Rule));
    }

    [Theory]
    [InlineData("Follow-up: confirm that nothing still uses \"v1 endpoint\". I think that is enough.")]
    [InlineData("Follow-up: \"I think the canary is enough\".")]
    public void Validate_ReasoningOutsideOrBesideAQuoteOfTheNotes_IsStillALeak(string text)
    {
        var notes = PlanInputs.SchemaNotes + "\nBREAKING: remove the v1 endpoint";
        var plan = PlanSamples.Valid with { Context = PlanSamples.Valid.Context with { Notes = notes }, NextActions = [.. PlanSamples.Valid.NextActions, text] };

        Assert.Contains(PlanRules.LeakedReasoning, PlanValidator.Validate(plan, PlanInputs.ProductionInput(notes)).Select(violation => violation.Rule));
    }

    [Fact]
    public void Validate_LeakInAStep_IsFoundToo()
    {
        var plan = PlanSamples.Valid with { Steps = [.. PlanSamples.Valid.Steps, new PlanStep("Let me deploy", null, StepMode.Manual)] };

        Assert.Contains(PlanRules.LeakedReasoning, Rules(plan));
    }

    [Fact]
    public void Validate_OrdinaryWordsNearLeakPhrases_AreNotLeaks()
    {
        var plan = PlanSamples.Valid with
        {
            NextActions = ["Let me know in #releases when done; the AI search feature stays dark.", "We think about thinking time: none needed."],
        };

        Assert.Empty(Rules(plan));
    }

    [Fact]
    public void Validate_FlagNamedLikeReasoning_IsNotALeak()
    {
        var input = PlanInputs.ProductionInput(flag: "let-me-think");
        var plan = PlanSamples.Valid with
        {
            Context = PlanSamples.Valid.Context with { Flag = "let-me-think" },
            Steps = [.. PlanSamples.Valid.Steps, new PlanStep("Ramp let-me-think", null, StepMode.Manual, "let-me-think at 1%")],
            Verification = ["Check with let-me-think on and off."],
            Rollback = ["Turn let-me-think off first; run the down-migration if needed."],
        };

        Assert.Empty(PlanValidator.Validate(plan, input));
    }

    [Fact]
    public void Validate_SeveralProblems_AreAllReportedAtOnce()
    {
        var plan = PlanSamples.Valid with { Summary = ["Too short."], Verification = [], Rollback = ["Redeploy."] };

        var rules = Rules(plan);

        Assert.Contains(PlanRules.SummaryLength, rules);
        Assert.Contains(PlanRules.SectionMissing(PlanSections.Verification), rules);
        Assert.Contains(PlanRules.FlagInRollback, rules);
        Assert.Contains(PlanRules.SchemaRollback, rules);
        Assert.Contains(PlanRules.WindowInSummary, rules);
    }
}
