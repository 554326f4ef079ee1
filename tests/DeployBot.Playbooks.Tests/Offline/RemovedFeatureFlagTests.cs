using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// "flag new_checkout removed": the flag's code goes, so the plan confirms in the flag service that everyone is already on
/// the path that stays, and deletes the flag there only after the rollout; it is not an endpoint with callers in access logs.
/// </summary>
public sealed class RemovedFeatureFlagTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("cleanup: flag dark_mode_v2 removed (100% since 10/14), old theme code deleted", "dark_mode_v2")]
    [InlineData("Feature flag `search-ranking-v3` removed; v3 ranking is the only ranking now", "search-ranking-v3")]
    public void CreatePlan_FeatureFlagRemoved_ConfirmsItsSettingInTheFlagServiceByName(string notes, string flag)
    {
        var input = PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.True(ReleaseAnalyzer.Analyze(notes).Destructive.Any());
        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith($"Confirm in the flag service that \"{flag}\" is on for everyone", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Verification, line => line.Contains($"calls to \"{flag}\"", StringComparison.Ordinal));
    }
}
