using DeployBot.Core.Planning;
using DeployBot.Playbooks.Offline;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Plans.Rendering;
using DeployBot.Planning.Parsing;
using DeployBot.Planning.Tests.Support;

namespace DeployBot.Planning.Tests.Parsing;

/// <summary>A model that imitates DeployBot's own Markdown format is read back into the same plan.</summary>
public sealed class RenderedPlanRoundTripTests
{
    public static TheoryData<string> Inputs => new()
    {
        "staging-plain",
        "staging-flag",
        "prod-schema-flag",
        "prod-multiline-notes",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Read_RenderedOfflinePlan_RendersIdentically(string name)
    {
        var input = Input(name);
        var original = new OfflinePlanner().CreatePlan(input, fallbackReason: null, attempts: 0, modelId: null);
        var markdown = MarkdownPlanRenderer.Render(original);

        var draft = ModelAnswerReader.Read(markdown);
        var read = PlanAssembler.Assemble(draft, input, original.Planner, () => ReleaseAnalyzer.Analyze(input.Request.Notes));

        Assert.Empty(draft.MissingSections());
        Assert.Equal(markdown, MarkdownPlanRenderer.Render(read));
        Assert.Equal(original.Steps.Select(step => (step.Action, step.Reference, step.Mode)), read.Steps.Select(step => (step.Action, step.Reference, step.Mode)));
        Assert.Equal(original.Steps.Select(step => step.FlagAction is null), read.Steps.Select(step => step.FlagAction is null));
    }

    private static PlanningInput Input(string name) => name switch
    {
        "staging-plain" => SampleInputs.Staging(),
        "staging-flag" => SampleInputs.Staging(flag: "login-v2", window: "today 14:00-16:00 UTC"),
        "prod-schema-flag" => SampleInputs.Production("Add a NOT NULL column to orders with a backfill; new Stripe webhook handler.", flag: "checkout-v2"),
        _ => SampleInputs.Production("- Rotate the OAuth client secret\n- Upgrade the ingress controller\n- Drop the deprecated /v1/orders endpoint"),
    };
}
