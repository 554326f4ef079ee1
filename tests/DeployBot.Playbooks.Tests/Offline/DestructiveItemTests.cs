using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>Issue 14's examples: a drop is a contract step with an irreversible rollback; a removed endpoint is confirmed unused first.</summary>
public sealed class DestructiveItemTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("Drop the legacy users.password_md5 column", "users.password_md5")]
    [InlineData("Rename table order_items to line_items", "order_items")]
    [InlineData("Removed the `sessions_v1` table", "sessions_v1")]
    public void CreatePlan_DataIsDropped_ContractStepAfterTheRolloutAndTheSnapshotIsTheWayBack(string notes, string name)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var actions = plan.Steps.Select(step => step.Action).ToList();
        var rollout = actions.FindIndex(action => action.Contains("rollout of", StringComparison.Ordinal));
        var snapshot = actions.FindLastIndex(action => action.StartsWith("Take a snapshot right before the contract step", StringComparison.Ordinal) && action.Contains(name, StringComparison.Ordinal));
        var contract = actions.FindIndex(action => action.StartsWith("Contract step", StringComparison.Ordinal) && action.Contains(name, StringComparison.Ordinal));
        Assert.True(rollout >= 0 && rollout < snapshot && snapshot + 1 == contract, string.Join("\n", actions));
        Assert.Contains(plan.Rollback, line => line.Contains(name, StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.DoesNotContain(actions, action => action.Contains("additive", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(RiskArea.Breaking, plan.Risks);
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("down-migration", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_EndpointRemoved_ConfirmedUnusedBeforeTheRolloutAndThePreviousVersionBringsItBack()
    {
        var input = PlanInputs.ProductionInput(notes: "Remove the deprecated /v1/orders endpoint", window: null, flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var actions = plan.Steps.Select(step => step.Action).ToList();
        var confirm = actions.FindIndex(action => action.StartsWith("Confirm that nothing still uses \"/v1/orders\"", StringComparison.Ordinal));
        var rollout = actions.FindIndex(action => action.Contains("rollout of", StringComparison.Ordinal));
        Assert.True(confirm >= 0 && confirm < rollout, string.Join("\n", actions));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("previous version brings \"/v1/orders\" back", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.NextActions, line => line.Contains("snapshot", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ColumnDroppedAndEndpointRemoved_OnlyTheColumnsSnapshotIsKeptAfterwards()
    {
        var input = PlanInputs.ProductionInput(notes: "Drop the legacy users.password_md5 column and remove the deprecated /v1/login endpoint", window: null, flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Contains(plan.NextActions, line => line.Contains("snapshot", StringComparison.Ordinal) && line.Contains("users.password_md5", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.NextActions, line => line.Contains("snapshot", StringComparison.Ordinal) && line.Contains("/v1/login", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_RotatedKeyAndDroppedTable_BothNamedWhereSomeoneActsOnThem()
    {
        var input = PlanInputs.ProductionInput(notes: "Adds invoices.due_at column; drop legacy_sessions table; rotate Stripe key STRIPE_SECRET_KEY", window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains("STRIPE_SECRET_KEY", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains("legacy_sessions", StringComparison.Ordinal));
        Assert.Contains("(Sat 21:00 – Sun 01:00 UTC)", plan.Summary[2], StringComparison.Ordinal);
        Assert.Equal([RiskArea.Schema, RiskArea.External, RiskArea.Config, RiskArea.Breaking], plan.Risks.Where(r => r != RiskArea.Auth));
    }

    [Fact]
    public void CreatePlan_OneSentenceDropsAColumnAndRemovesAnEndpoint_TheColumnIsTheContractStepTheEndpointGoesWithTheRollout()
    {
        var input = PlanInputs.ProductionInput(notes: "Drop the legacy users.password_md5 column and remove the deprecated /v1/login endpoint", window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var actions = plan.Steps.Select(step => step.Action).ToList();
        var confirm = actions.FindIndex(action => action.StartsWith("Confirm that nothing still uses \"/v1/login\"", StringComparison.Ordinal));
        var rollout = actions.FindIndex(action => action.Contains("rollout of", StringComparison.Ordinal));
        var contract = Assert.Single(actions, action => action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.True(confirm >= 0 && confirm < rollout, string.Join("\n", actions));
        Assert.Contains("users.password_md5", contract, StringComparison.Ordinal);
        Assert.DoesNotContain("/v1/login", contract, StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => line.Contains("users.password_md5", StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("previous version brings \"/v1/login\" back", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("/v1/login", StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
        var summary = string.Join(" ", plan.Summary);
        Assert.Contains("destructive items (\"users.password_md5\") are planned as contract steps", summary, StringComparison.Ordinal);
        Assert.Contains("removed items (\"/v1/login\") are confirmed unused before the rollout", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rename table order_items to line_items", "order_items", "line_items")]
    [InlineData("Rename column orders.cust_id to orders.customer_id", "orders.cust_id", "orders.customer_id")]
    public void CreatePlan_TableOrColumnRenamed_NewNameExistsBeforeTheRolloutAndOnlyTheOldNameIsContracted(string notes, string old, string renamed)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var actions = plan.Steps.Select(step => step.Action).ToList();
        var expand = actions.FindIndex(action => action.Contains($"make \"{renamed}\" exist beside \"{old}\"", StringComparison.Ordinal));
        var rollout = actions.FindIndex(action => action.Contains("rollout of", StringComparison.Ordinal));
        var contract = actions.FindIndex(action => action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.True(expand >= 0 && expand < rollout && rollout < contract, string.Join("\n", actions));
        Assert.Contains($"drop \"{old}\"", actions[contract], StringComparison.Ordinal);
        Assert.DoesNotContain(renamed, actions[contract], StringComparison.Ordinal);
        // The previous release does use the old name (the expand step says so): the check asks it of the new release.
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.Contains("previous release no longer reads or writes", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains($"the new release reads and writes only \"{renamed}\"", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains($"roll the version back only before the contract step drops it", StringComparison.Ordinal) && line.Contains(old, StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_StripeKeyRotatedWithoutASettingName_IsAConfigRisk()
    {
        var input = PlanInputs.ProductionInput(notes: "Adds invoices.due_at column; drop legacy_sessions table; rotate Stripe key", window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(RiskArea.Config, plan.Risks);
        Assert.Contains(plan.Steps, step => step.Action.Contains("Stripe", StringComparison.OrdinalIgnoreCase) && step.Action.Contains("key", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CreatePlan_DestructiveItemThatNamesNothing_StepsDescribeItInTheNotesWords()
    {
        var notes = "## 3.0.0\n\n### Breaking changes\n\n- Reports now group by team.\n- We delete all archived report data during the upgrade.";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains("\"all archived report data\"", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("\"all archived report data\" cannot be reversed", StringComparison.Ordinal));
        Assert.DoesNotContain("what line", string.Join('\n', plan.Steps.Select(step => step.Action).Concat(plan.Rollback)), StringComparison.Ordinal);
        Assert.DoesNotContain("name it here", string.Join('\n', plan.Steps.Select(step => step.Action).Concat(plan.Rollback)), StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_OnlyAnEndpointIsRemoved_SummaryPromisesNoContractSteps()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: "Remove the deprecated /v1/login endpoint", flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => line.Contains("contract steps", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, line => line.Contains("removals confirmed unused first", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_MajorThatRemovesManyThings_ConfirmsThemUnusedInOneStepNotOneEach()
    {
        var notes = "## 3.0.0\n\n### Removed\n\n- Removed the `--legacy-tls` flag\n- Removed the `--no-verify` flag\n- Removed the /v1/login endpoint\n- Removed the /v1/export endpoint\n- Removed the `--old-format` flag";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var confirm = Assert.Single(plan.Steps, step => step.Action.StartsWith("Confirm that nothing still uses", StringComparison.Ordinal));
        Assert.Contains("any of the 5 things the notes remove", confirm.Action, StringComparison.Ordinal);
        Assert.All(new[] { "--legacy-tls", "--no-verify", "/v1/login", "/v1/export", "--old-format" }, name => Assert.Contains(name, confirm.Action, StringComparison.Ordinal));
        Assert.Single(plan.PreDeploymentChecks, check => check.StartsWith("Removed item", StringComparison.Ordinal));
    }
}
