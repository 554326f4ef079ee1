using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// "removed XML export (/api/reports/{id}.xml) and the EXPORT_XML_ENABLED setting": the word after "removed" says what kind
/// of feature goes; the route and the setting the item names are what the plan confirms unused, not "XML".
/// </summary>
public sealed class DescribedRemovalTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void CreatePlan_RemovalDescribedByAnAcronym_ConfirmsTheNamedRouteAndSettingUnused()
    {
        var input = PlanInputs.ProductionInput("removed PDF invoices (/api/invoices/{id}/pdf) and the INVOICE_PDF_ENABLED setting. html unchanged", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var text = string.Join("\n", plan.Steps.Select(step => step.Action));

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains("\"/api/invoices/{id}/pdf\"", text, StringComparison.Ordinal);
        Assert.Contains("\"INVOICE_PDF_ENABLED\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"PDF\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/api/invoices\"", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A route and a setting removed in one sentence are checked each the way its kind is: the route's callers in the access
    /// logs, the setting in every environment's config. The setting is not "called", and, removed, it has no new value to apply.
    /// </summary>
    [Fact]
    public void CreatePlan_RouteAndSettingRemovedTogether_ChecksEachAsItsKindAndAppliesNoSetting()
    {
        var input = PlanInputs.ProductionInput("removed XML export (/api/reports/{id}.xml) and the EXPORT_XML_ENABLED setting. csv/json unchanged", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var route = Assert.Single(plan.Steps, step => step.Action.StartsWith("Confirm that nothing still uses", StringComparison.Ordinal)).Action;
        var setting = Assert.Single(plan.Steps, step => step.Action.StartsWith("Confirm that no deployment still sets", StringComparison.Ordinal)).Action;

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains("\"/api/reports/{id}.xml\"", route, StringComparison.Ordinal);
        Assert.DoesNotContain("EXPORT_XML_ENABLED", route, StringComparison.Ordinal);
        Assert.Contains("\"EXPORT_XML_ENABLED\"", setting, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Verification, line => line.Contains("calls to \"EXPORT_XML_ENABLED\"", StringComparison.Ordinal));
    }

    /// <summary>An environment SETTING_NAME the notes call a flag is set in the deployments, not switched in a flag service.</summary>
    [Fact]
    public void CreatePlan_SettingCalledAFlagRemoved_IsCheckedInTheConfigNotTheFlagService()
    {
        var input = PlanInputs.ProductionInput("sec hotfix: /debug/pprof reachable from the internet. route removed from public listener, ENABLE_PPROF flag removed", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Confirm that no deployment still sets \"ENABLE_PPROF\"", StringComparison.Ordinal));
        // "route removed": the route the item names, not the word "route".
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Confirm that nothing still uses \"/debug/pprof\"", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("\"route\"", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("flag service", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal));
    }

    /// <summary>A route a config item names is where its new value shows: verified there, never "applied" as if it were a setting.</summary>
    [Fact]
    public void CreatePlan_SettingForARoute_AppliesTheSettingAndVerifiesTheRoute()
    {
        var input = PlanInputs.ProductionInput("rate limit on POST /api/login: 10/min per ip (RATE_LIMIT_LOGIN=10). LOGIN_THROTTLE_ENABLED removed, limiter always on", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal)).Action;

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains("RATE_LIMIT_LOGIN", apply, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/login", apply, StringComparison.Ordinal);
        Assert.Contains(plan.Verification, line => line.StartsWith("Config:", StringComparison.Ordinal) && line.Contains("\"/api/login\" behaves", StringComparison.Ordinal));
    }

    /// <summary>A setting removed in one clause and given a new home in another ("load … from Vault instead") is still config work.</summary>
    [Fact]
    public void CreatePlan_SettingMovedToAnotherStore_StillGetsTheConfigSteps()
    {
        var input = PlanInputs.ProductionInput("remove SMTP_PASSWORD from the configmap and load SMTP_PASSWORD from Vault instead", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal));
    }

    /// <summary>A key changed beside a drop in one sentence is applied by name: the drop's removal list stops at the next verb.</summary>
    [Fact]
    public void CreatePlan_KeyRotatedBesideADrop_IsAppliedByName()
    {
        var input = PlanInputs.ProductionInput("drop orders.legacy_state and rotate SENDGRID_KEY", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new \"SENDGRID_KEY\"", StringComparison.Ordinal));
    }

    /// <summary>A flag the notes call a feature flag is the flag service's, even in capitals.</summary>
    [Fact]
    public void CreatePlan_FeatureFlagInCapitalsRemoved_IsCheckedInTheFlagService()
    {
        var input = PlanInputs.ProductionInput("remove feature flag NEW_CHECKOUT", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Confirm in the flag service that \"NEW_CHECKOUT\"", StringComparison.Ordinal));
    }

    /// <summary>A flag the notes remove is deleted code: it is never ramped up, whatever words describe it.</summary>
    [Fact]
    public void CreatePlan_ObsoleteFeatureFlagRemoved_IsNotRamped()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput("remove obsolete feature flag NEW_CHECKOUT", "Sat 22:00-02:00 CET", null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Enable NEW_CHECKOUT", StringComparison.Ordinal) || step.Action.StartsWith("Raise NEW_CHECKOUT", StringComparison.Ordinal));
    }

    /// <summary>"remove legacy export endpoint /v1/export": the word and its kind describe the route that follows; the route is what is confirmed unused.</summary>
    [Theory]
    [InlineData("remove legacy export endpoint /v1/export", "\"/v1/export\"", "\"export\"")]
    [InlineData("remove the unused billing setting BILLING_V1_URL", "\"BILLING_V1_URL\"", "\"billing\"")]
    public void CreatePlan_RemovalDescribedByAWordAndItsKind_ConfirmsTheNameThatFollows(string notes, string named, string notNamed)
    {
        var input = PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var text = string.Join("\n", plan.Steps.Select(step => step.Action).Concat(plan.Summary));

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(named, text, StringComparison.Ordinal);
        Assert.DoesNotContain(notNamed, text, StringComparison.Ordinal);
    }
}
