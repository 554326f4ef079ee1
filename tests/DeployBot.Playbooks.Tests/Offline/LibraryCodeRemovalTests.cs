using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A library's changelog removes methods, modules and arguments. What still uses one is the service's own code, found by
/// searching it and by the build and tests, not callers in the access logs; and it holds no data, so there is no
/// contract step or snapshot for it.
/// </summary>
public sealed class LibraryCodeRemovalTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("## 3.0.0\n\n- Breaking Changes\n  - Remove deprecated `connect` method\n  - Remove `InvalidTransparentRedirectHashError`", "\"connect\"")]
    [InlineData("# 3.0.0\n\n### Old Networking Stack Removal\n* Remove kafka.client_async / kafka.conn legacy modules (#2918)", "\"kafka.client_async\"")]
    [InlineData("## 2.0.0\n\n* Remove deprecated `Client::Legacy.fetch` method", "\"Client::Legacy.fetch\"")]
    public void CreatePlan_RemovedPieceOfCode_IsCheckedInTheCodeNotTheAccessLogs(string notes, string name)
    {
        var input = PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var check = Assert.Single(plan.Steps, step => step.Action.StartsWith("Confirm that the service's code", StringComparison.Ordinal) && step.Action.Contains(name, StringComparison.Ordinal)).Action;

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains("the build and the tests ran against this release", check, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("access logs", StringComparison.Ordinal) && step.Action.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Verification, line => line.Contains("4xx", StringComparison.Ordinal) && line.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>"Change type of `X` from `string` to `nullable(string)`": the data types are not things the release removes.</summary>
    [Fact]
    public void CreatePlan_FieldTypeChangedInALibrary_NamesNoDataTypeAsRemoved()
    {
        var input = PlanInputs.ProductionInput("## 18.0.0\n\n* Change type of `FinancialConnections::Session.client_secret` from `string` to `nullable(string)`\n* Add support for `account_numbers` on `FinancialConnections::Account`", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var text = string.Join("\n", plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Rollback));

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.DoesNotContain("\"string\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"account_numbers\"", string.Join("\n", plan.Steps.Where(step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal)).Select(step => step.Action)), StringComparison.Ordinal);
        // The field stays, in a new type: nothing says it is removed; the code that reads it is checked for the new type.
        Assert.DoesNotContain("removes it", text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("brings \"FinancialConnections::Session.client_secret\" back", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Confirm that the service's code and scripts handle \"FinancialConnections::Session.client_secret\" in the new type", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Type rollback: the previous version has the old type of \"FinancialConnections::Session.client_secret\"", StringComparison.Ordinal));
    }

    /// <summary>A column a migration drops is still stored data, even beside the word "class": it keeps its contract step.</summary>
    [Fact]
    public void CreatePlan_ColumnDroppedBesideAModelClass_KeepsItsContractStep()
    {
        var input = PlanInputs.ProductionInput("drop users.legacy_token column (the LegacyToken class is gone too)", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains("\"users.legacy_token\"", StringComparison.Ordinal));
    }

    /// <summary>A table, column or index dropped beside a removed function keeps its snapshot and contract step (found by review).</summary>
    [Theory]
    [InlineData("Drop table payment_events, remove retry callbacks", "\"payment_events\"")]
    [InlineData("drop column users.legacy_hash and its helper methods", "\"users.legacy_hash\"")]
    [InlineData("Drop orders.legacy_state, remove the sync function", "\"orders.legacy_state\"")]
    public void CreatePlan_StoredThingBesideRemovedCode_KeepsItsContractStep(string notes, string name)
    {
        var input = PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Confirm that the service's code", StringComparison.Ordinal) && step.Action.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>A config key the notes call one stays a setting, whatever code word follows it.</summary>
    [Fact]
    public void CreatePlan_ConfigKeyRemovedFromAHelper_IsCheckedAsASetting()
    {
        var input = PlanInputs.ProductionInput("remove config key payments.retry_interval from the retry helper", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Confirm that the service's code", StringComparison.Ordinal));
    }

    /// <summary>dd-trace-rb 2.0: an option the notes call one is checked where it is set (config and the configuring code), not in the access logs.</summary>
    [Theory]
    [InlineData("## [2.0.0]\n\n### Changed\n\n* `Sidekiq`: Remove `tag_args` option and worker specific configuration", "\"tag_args\"")]
    public void CreatePlan_RemovedOption_IsCheckedWhereItIsSet(string notes, string name)
    {
        var input = PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var check = Assert.Single(plan.Steps, step => step.Action.StartsWith($"Confirm that no deployment still sets {name}", StringComparison.Ordinal)).Action;
        Assert.Contains("the code that configures the service", check, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("access logs", StringComparison.Ordinal) && step.Action.Contains(name, StringComparison.Ordinal));
    }
}
