using CsCheck;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rendering;

namespace DeployBot.Core.Tests.Plans;

public sealed class PlanValidatorPropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char, 0, 80],
        Gen.OneOf("", " ", "1. numbered", "## heading", "Let me think.", "checkout-v2", "Restore the snapshot.", "a.\nb. C? D!"));

    private static readonly Gen<string[]> Entries = Text.Array[0, 5];

    private static readonly Gen<PlanStep> Step = Gen.Select(Text, Text.Null(0.3), Gen.Bool, Text.Null(0.5),
        (action, reference, manual, flag) => new PlanStep(action, reference, manual ? StepMode.Manual : StepMode.Automated, flag));

    private static readonly Gen<DeploymentPlan> Plans = Gen.Select(
        Gen.Select(Text, Text, Text.Null(0.5), Text.Null(0.5), (notes, env, window, flag) => new PlanContext(notes, env, window, flag)),
        Entries, Entries, Step.Array[0, 6], Entries, Entries, Entries,
        (context, summary, checks, steps, verification, rollback, next) => new DeploymentPlan(
            context, summary, checks, steps, verification, rollback, next, ReleaseKind.Normal, [], PlannerInfo.OfflineByChoice));

    [Fact]
    public void Validate_AnyPlanShape_NeverThrowsAndNamesEachViolation()
    {
        Plans.Sample(plan =>
        {
            var violations = PlanValidator.Validate(plan, PlanSamples.Input);
            Assert.All(violations, violation => Assert.False(string.IsNullOrWhiteSpace(violation.Rule)));
            Assert.Equal(violations.Count, violations.Select(v => v.Rule).Distinct(StringComparer.Ordinal).Count());
        }, iter: 300);
    }

    [Fact]
    public void Render_AnyPlanShape_KeepsTheSixHeadingsAsTheOnlyTopLevelHeadings()
    {
        Plans.Sample(plan =>
        {
            var headings = MarkdownPlanRenderer.Render(plan).Split('\n')
                .Where(line => line.StartsWith('#'))
                .Select(line => line.TrimStart('#', ' '));
            Assert.Equal(PlanSections.InOrder, headings);
        }, iter: 300);
    }
}
