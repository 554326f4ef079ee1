using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Changes;

/// <summary>The ramp the notes write ("canary 10% then 50/100") is ramped stage by stage, in order, with a hold at each.</summary>
public sealed class StatedRampTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("canary 10% then 50/100", new[] { 10, 50, 100 })]
    [InlineData("behind flag adyen_v71, canary 10% then 50/100. sandbox tested.", new[] { 10, 50, 100 })]
    [InlineData("canary 10% -> 50% -> 100%", new[] { 10, 50, 100 })]
    [InlineData("canary 5%, 25%, then 100%", new[] { 5, 25, 100 })]
    [InlineData("ramp 1% -> 10 -> 50 -> 100", new[] { 1, 10, 50, 100 })]
    public void Read_ChainOfStages_GivesEveryStageInOrder(string notes, int[] stages)
    {
        var ramp = StatedRamp.Read(notes);

        Assert.NotNull(ramp);
        Assert.Equal(stages, ramp.Percents);
    }

    [Theory]
    [InlineData("canary 10% then 5 pods")]
    [InlineData("roll back if error rate above 1%, 2 retries max")]
    public void Read_NumbersAfterAStageThatAreNoStages_AreLeftOut(string notes)
    {
        var ramp = StatedRamp.Read(notes);

        Assert.True(ramp is null || ramp.Percents.SequenceEqual([10]), string.Join(",", ramp?.Percents ?? []));
    }

    [Theory]
    [InlineData("checkout v2.8.0: new payment summary page, canary 10% then 50/100")]
    [InlineData("checkout v2.8.0: new payment summary page, canary 5%, 25 then 100")]
    public void CreatePlan_StagesWrittenWithoutPercentSigns_RampsThroughEachWithAHold(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-23:30 CET", flag: "new_summary"), null, 0, null);

        var ramp = plan.Steps.Where(step => step.FlagAction?.StartsWith("new_summary at ", StringComparison.Ordinal) == true).ToList();
        Assert.True(ramp.Count >= 3, string.Join("\n", plan.Steps.Select(step => $"{step.Action} {step.FlagAction}")));
        Assert.StartsWith("new_summary at 100%", ramp[^1].FlagAction, StringComparison.Ordinal);
        Assert.All(ramp, step => Assert.Matches(@"hold for \d+ minutes|keep watching .* for \d+ minutes", step.Action));
        Assert.DoesNotContain("step by step", plan.Summary[3], StringComparison.Ordinal);
        Assert.Contains("→ 100%", plan.Summary[3], StringComparison.Ordinal);
    }
}
