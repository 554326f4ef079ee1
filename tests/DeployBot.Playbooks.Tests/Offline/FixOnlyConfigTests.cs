using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>A bug fix that names a config option says where the bug was: nothing is applied for it unless it asks the operator to act.</summary>
public sealed class FixOnlyConfigTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void CreatePlan_FixNamesAConfigOption_NoConfigSteps()
    {
        var input = PlanInputs.ProductionInput("## 5.5.1\n\n* fix: PytestConfigWarning Unknown config option: python_paths by @dev in #886\n* fix: Do not copy `iat` claim from refresh token", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) || step.Action.StartsWith("Record the current version of", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("python_paths", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_FixBesideASettingToSet_OnlyTheSettingIsApplied()
    {
        var input = PlanInputs.ProductionInput("## 5.5.2\n\n* fix: PytestConfigWarning Unknown config option: python_paths\n* Set CACHE_TTL_SECONDS=300 in every environment", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal)).Action;
        Assert.Contains("CACHE_TTL_SECONDS", apply, StringComparison.Ordinal);
        Assert.DoesNotContain("python_paths", apply, StringComparison.Ordinal);
    }

    /// <summary>Mailu 1.8.0: towncrier's "Bugfixes:" item names the settings the bug was in; none is recorded or applied.</summary>
    [Fact]
    public void CreatePlan_TowncrierBugfixNamesSettings_NothingIsApplied()
    {
        var input = PlanInputs.ProductionInput("## 1.8.1\n\n- Bugfixes: Replace PUBLIC_HOSTNAME and PUBLIC_IP in \"Received\" headers to ensure that no undue spam points are attributed\n- Bugfixes: fix punycode encoding of domain names", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("PUBLIC_HOSTNAME", StringComparison.Ordinal));
    }

    /// <summary>A fix that asks the operator to act on its setting ("so you must set it again") is config work: it was dropped while the check's pattern held stray control characters.</summary>
    [Fact]
    public void CreatePlan_FixAsksTheOperatorToSetItsOption_TheConfigIsApplied()
    {
        var input = PlanInputs.ProductionInput("## 2.3.1\n\n### Bug Fixes\n\n- The `cache_ttl` setting in config.yaml was ignored after a restart, so you must set it again after upgrading\n- Fix a crash on empty reports", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("config.yaml", StringComparison.Ordinal));
    }
}
