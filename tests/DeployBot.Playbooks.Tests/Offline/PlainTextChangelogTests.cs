using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A plain-text changelog of the nginx family ("Changes with Unit 1.35.0   03 Sep 2025", "*) Bugfix: …"): the plan
/// rolls out the release's own version, treats a fix that names a setting as a fix, and a raised dependency version as
/// a check before starting.
/// </summary>
public sealed class PlainTextChangelogTests
{
    private static readonly OfflinePlanner Planner = new();

    private const string Notes = """
        Changes with Unit 1.35.0                                         03 Sep 2025

            *) Change: if building with njs, version 0.9.0 or later is now required.

            *) Feature: HTTP compression.

            *) Bugfix: set SERVER_PORT to the actual value.

            *) Bugfix: fix WebSockets with Firefox.
        """;

    [Fact]
    public void CreatePlan_DatedPlainTextHeading_RollsOutThatVersionNotADependencysVersion()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: Notes, flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("version 1.35.0", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("version 0.9.0", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_FixNamingASetting_PlansNoConfigChangeForIt()
    {
        var input = PlanInputs.ProductionInput(notes: Notes, flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var text = string.Join('\n', plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Rollback));
        Assert.DoesNotContain("SERVER_PORT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("config/secret change", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_SettingNamedOutsideAFix_IsStillAConfigChange()
    {
        var notes = Notes + "\n\n    *) Change: the SERVER_NAME environment variable is now required.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains("SERVER_NAME", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("SERVER_PORT", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_RaisedDependencyVersion_IsACheckBeforeStartingNotAnAfterRolloutStep()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: Notes, flag: null), null, 0, null);

        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Dependency versions: line 3 of the notes (0.9.0 or later)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("asks of the operator", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Upgrade steps:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Requires libuv 1.44 or newer.", "1.44")]
    [InlineData("- The minimum required version of protobuf is now 4.21.0.", "4.21.0")]
    public void CreatePlan_OtherWaysToRaiseADependency_AreTheSameCheck(string item, string version)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: "## 3.2.0\n\n" + item, flag: null), null, 0, null);

        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith($"Dependency versions: line 3 of the notes ({version} or later)", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ReleaseHeaderOverSettingsOnlyItems_RollsOutTheVersionNotJustTheSettings()
    {
        var notes = """
            Changes with Apache 2.4.62

              *) SECURITY: CVE-2024-40725: source code disclosure with handlers
                 configured via AddType (cve.mitre.org). A partial fix for CVE-2024-39884
                 in 2.4.61 ignores some use of the legacy content-type based configuration.

              *) mod_proxy: Fix canonicalisation and FCGI env (PATH_INFO, SCRIPT_NAME) for
                 "balancer:" URLs set via SetHandler.
            """;

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("rollout of version 2.4.62", StringComparison.Ordinal));
        var text = string.Join('\n', plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)));
        Assert.DoesNotContain("PATH_INFO", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mitre.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"2.4.61\"", text, StringComparison.Ordinal);
    }
}
