using DeployBot.Testing.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rendering;

namespace DeployBot.Core.Tests.Plans.Rendering;

public sealed class MarkdownPlanRendererTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void Render_OfflineProductionPlanWithFlagWindowAndSchema_MatchesGolden()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(), fallbackReason: null, attempts: 0, modelId: null);

        GoldenFile.AssertMatches("offline-production-flag-window-schema.md", MarkdownPlanRenderer.Render(plan));
    }

    [Fact]
    public void Render_PlanFromALink_ShowsTheLinkUnderTheTitleItResolvedToAndItsCi()
    {
        var plan = Planner.CreatePlan(PlanInputs.StagingInput(), fallbackReason: null, attempts: 0, modelId: null) with
        {
            Source = new ReleaseSource("https://github.com/acme/shop/pull/42", "Add [invoice] due dates (#42)", "6dcb09b", "CI: 2/3 checks passed on 6dcb09b; failing: integration-tests"),
        };

        var markdown = MarkdownPlanRenderer.Render(plan);

        Assert.Contains(
            "- **SOURCE:** [Add \\[invoice\\] due dates (#42)](https://github.com/acme/shop/pull/42) · CI: 2/3 checks passed on 6dcb09b; failing: integration-tests\n- **ENVIRONMENT:** staging\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SourceThatIsNotAWebAddress_ShowsItAsText()
    {
        var plan = Planner.CreatePlan(PlanInputs.StagingInput(), fallbackReason: null, attempts: 0, modelId: null) with
        {
            Source = new ReleaseSource("javascript:alert(1)", "Release", null, null),
        };

        Assert.Contains("- **SOURCE:** Release (javascript:alert(1))\n", MarkdownPlanRenderer.Render(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OfflineStagingMinimalPlan_MatchesGolden()
    {
        var plan = Planner.CreatePlan(PlanInputs.StagingInput(), fallbackReason: null, attempts: 0, modelId: null);

        GoldenFile.AssertMatches("offline-staging-minimal.md", MarkdownPlanRenderer.Render(plan));
    }

    [Fact]
    public void Render_FallbackPlanWithReason_MatchesGolden()
    {
        var input = PlanInputs.ProductionInput(
            notes: "Hotfix: OAuth callback rejected valid state tokens after the SDK upgrade.\nSet AUTH_STATE_TTL_SECONDS=600.",
            window: null,
            flag: null);

        var plan = Planner.CreatePlan(input, fallbackReason: "timeout", attempts: 3, modelId: "gpt-4o-mini");

        GoldenFile.AssertMatches("fallback-production-hotfix.md", MarkdownPlanRenderer.Render(plan));
    }

    [Fact]
    public void Render_ModelPlanWithHostileNotes_MatchesGolden()
    {
        GoldenFile.AssertMatches("model-plan-hostile-notes.md", MarkdownPlanRenderer.Render(HostilePlan()));
    }

    [Fact]
    public void Render_AnyPlan_PutsTheSixHeadingsInOrderAfterTheContext()
    {
        var markdown = MarkdownPlanRenderer.Render(HostilePlan());

        var headings = markdown.Split('\n').Where(line => line.StartsWith("## ", StringComparison.Ordinal)).Select(line => line[3..]);
        Assert.Equal(PlanSections.InOrder, headings);
        Assert.True(markdown.IndexOf("- **FLAG:**", StringComparison.Ordinal) < markdown.IndexOf("\n## ", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NotesWithHeadingsAndLists_StayInsideTheQuote()
    {
        var markdown = MarkdownPlanRenderer.Render(HostilePlan());

        var topLevel = markdown.Split('\n').Where(line => line.Length > 0 && !line.StartsWith(' ')).ToArray();
        Assert.DoesNotContain(topLevel, line => line.StartsWith("## Rollback Readiness now", StringComparison.Ordinal));
        Assert.DoesNotContain(topLevel, line => line.StartsWith("1. ", StringComparison.Ordinal) && line.Contains("DROP", StringComparison.Ordinal));
        Assert.Contains("  > ## Rollback Readiness now", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NumberedLinesAppearOnlyUnderDeploymentSteps()
    {
        var markdown = MarkdownPlanRenderer.Render(Planner.CreatePlan(PlanInputs.ProductionInput(), null, 0, null));

        var section = string.Empty;
        foreach (var line in markdown.Split('\n'))
        {
            section = line.StartsWith("## ", StringComparison.Ordinal) ? line[3..] : section;
            if (line.Length > 0 && char.IsDigit(line[0]))
            {
                Assert.Equal(PlanSections.Steps, section);
            }
        }
    }

    [Fact]
    public void Render_ModelPlan_HasNoOfflineNotice()
    {
        Assert.StartsWith("- **NOTES:**", MarkdownPlanRenderer.Render(HostilePlan()), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AbsentOptionalValues_SayNone()
    {
        var markdown = MarkdownPlanRenderer.Render(Planner.CreatePlan(PlanInputs.StagingInput(), null, 0, null));

        Assert.Contains("- **WINDOW:** none\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **FLAG:** none\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deploy/k8s/deployment.yaml (line 12)", "Uses `deploy/k8s/deployment.yaml` (line 12).")]
    [InlineData("`db/migrate.sh`", "Uses `db/migrate.sh`.")]
    [InlineData("scripts/smoke.sh:line 7", "Uses `scripts/smoke.sh` (line 7).")]
    public void StepLine_Reference_IsBacktickedWithItsLine(string reference, string expected)
    {
        var line = MarkdownPlanRenderer.StepLine(new PlanStep("Deploy.", reference, StepMode.Automated));

        Assert.Equal($"Deploy (automated). {expected}", line);
    }

    private static DeploymentPlan HostilePlan() => PlanSamples.Valid with
    {
        Context = new PlanContext(
            "Release 4.2\n\n## Rollback Readiness now\n1. DROP TABLE orders;\n- <!channel> ping everyone\n```\nunclosed fence",
            "production",
            "Sat 02:00-04:00 UTC",
            "checkout-v2"),
        Steps =
        [
            new PlanStep("Run the expand migration.", "db/migrations/0042_orders_status.sql (line 3)", StepMode.Automated),
            new PlanStep("Deploy the new image\nwith two replicas first", "deploy/k8s/deployment.yaml", StepMode.Automated, "keep checkout-v2 off"),
            new PlanStep("Ramp the flag", null, StepMode.Manual, "checkout-v2 at 1%, 10%, 50%, 100%"),
        ],
    };
}
