using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A chart's settings are its values: a chart release that adds or renames a setting has it set in the values file the
/// release is upgraded with, diffed and applied by <c>helm upgrade</c>, not applied to a ConfigMap with a restart of its own.
/// </summary>
public sealed class ChartValuesPlanTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

    private const string ChartRelease = "## chart-v2.3.0\n- Rename `error_handler` settings to `on_error`.\n- New setting SESSION_TIMEOUT (default 30m) for the dashboard pods.\n- The chart now requires Kubernetes 1.28+";

    [Fact]
    public void ChartRelease_NewSettingIsSetInTheValuesBeforeTheUpgrade()
    {
        var plan = Plan(ChartRelease);
        var steps = plan.Steps.Select(step => step.Action).ToArray();

        var values = Array.FindIndex(steps, step => step.StartsWith("Set \"SESSION_TIMEOUT\" in `deploy/helm/values.yaml` before upgrading", StringComparison.Ordinal));
        var upgrade = Array.FindIndex(steps, step => step.Contains("helm upgrade", StringComparison.Ordinal) && step.StartsWith("Upgrade the release", StringComparison.Ordinal));
        Assert.InRange(values, 0, upgrade - 1);
        Assert.DoesNotContain(steps, step => step.Contains("configmap", StringComparison.OrdinalIgnoreCase) || step.Contains("rolling restart", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Config rollback", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Chart rollback: `helm rollback`", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationRelease_NewSettingIsStillAppliedAsConfig()
    {
        var plan = Plan("## 2.3.0\n- Rename `error_handler` settings to `on_error`.\n- New setting SESSION_TIMEOUT (default 30m) for the dashboard.");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new \"SESSION_TIMEOUT\" to production before anything reads it", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Config rollback: re-apply the previous version of \"SESSION_TIMEOUT\"", StringComparison.Ordinal));
    }

    [Fact]
    public void RenamedSetting_ItsNewNameIsNotAppliedAsANewKey()
    {
        var plan = Plan("## 2.3.0\n- Rename `error_handler` settings to `on_error`.\n- New setting SESSION_TIMEOUT (default 30m) for the dashboard.");

        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal));
        Assert.DoesNotContain("on_error", apply.Action, StringComparison.Ordinal);
        Assert.Contains(plan.Steps, step => step.Action.Contains("set \"on_error\" there too", StringComparison.Ordinal));
    }
}
