using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// The canary stages the notes give a rollout with no flag ("canary 10% then 50/100, 15 min each") are the stages the
/// image goes through, each held as long as the notes say; with FLAG= the stages belong to the flag's ramp.
/// </summary>
public sealed class StatedCanaryTests
{
    private static DeploymentPlan Plan(string notes, string? flag = null) => OfflinePlans.ValidProduction(notes, flag);

    [Theory]
    [InlineData("checkout-api 2.6.0: new saved cards page. canary 10% then 50/100, 15 min each", 10, 50, 15)]
    [InlineData("web-api 3.1: faster search. roll out 5% -> 25% -> 100%", 5, 25, 10)]
    public void CreatePlan_CanaryStagesInTheNotes_AreTheRolloutStages(string notes, int first, int second, int hold)
    {
        var steps = Plan(notes).Steps.Select(step => step.Action).ToList();

        var canary = steps.FindIndex(action => action.Contains($"as a canary at {first}% of traffic", StringComparison.Ordinal));
        var raise = steps.FindIndex(action => action.Contains($"to {second}% of traffic", StringComparison.Ordinal));
        var all = steps.FindIndex(action => action.StartsWith("Complete the rollout", StringComparison.Ordinal));
        Assert.True(canary >= 0 && canary < raise && raise < all, string.Join("\n", steps));
        Assert.Contains($"for {hold} minutes", steps[canary], StringComparison.Ordinal);
        Assert.DoesNotContain(steps, action => action.Contains("one replica, about 10% of traffic", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_PercentThatIsAGuard_KeepsTheDefaultCanary()
    {
        var steps = Plan("web-api 3.1: faster search; error rate must stay under 2%").Steps.Select(step => step.Action);

        Assert.Contains(steps, action => action.Contains("one replica, about 10% of traffic", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_StagesWithAFlag_RampTheFlagNotTheImage()
    {
        var steps = Plan("checkout-api 2.6.0: new saved cards page. canary 10% then 50/100, 15 min each", flag: "saved_cards").Steps.Select(step => step.Action).ToList();

        Assert.Contains(steps, action => action.StartsWith("Raise saved_cards to 50% and hold for 15 minutes", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, action => action.Contains("% of traffic and watch", StringComparison.Ordinal));
    }
}
