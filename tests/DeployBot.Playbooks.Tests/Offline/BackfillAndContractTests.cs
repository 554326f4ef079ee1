using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A backfill step says what it fills, from where and how much, as the notes put it; contract steps that run back to
/// back share the one snapshot taken right before the first of them.
/// </summary>
public sealed class BackfillAndContractTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    [Theory]
    [InlineData("backfill orders.currency from accounts.default_currency (~18M rows), then set orders.currency NOT NULL; drop legacy_sessions table", "of \"orders.currency\" from \"accounts.default_currency\" (~18M rows)")]
    [InlineData("New column invoices.tax_region; backfill invoices.tax_region from customers.country for 2.3 million rows", "of \"invoices.tax_region\" from \"customers.country\" (2.3 million rows)")]
    [InlineData("backfilling users.display_name from users.first_name and users.last_name in the nightly window", "of \"users.display_name\" from \"users.first_name\" and \"users.last_name\"")]
    public void CreatePlan_BackfillSentence_TheStepNamesWhatItFillsAndFromWhere(string notes, string expected)
    {
        var plan = Plan(notes);

        var backfill = Assert.Single(plan.Steps, step => step.Action.StartsWith("Run the backfill", StringComparison.Ordinal));
        Assert.Contains(expected, backfill.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("legacy_sessions", backfill.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_TwoContractStepsBackToBack_OneSnapshotRightBeforeBothNamingEach()
    {
        var plan = Plan("backfill orders.currency from accounts.default_currency (~18M rows), then set orders.currency NOT NULL; drop legacy_sessions table");

        var snapshots = plan.Steps.Select((step, index) => (step.Action, index)).Where(step => step.Action.StartsWith("Take a snapshot right before the contract step", StringComparison.Ordinal)).ToArray();
        var snapshot = Assert.Single(snapshots);
        Assert.Contains("\"orders.currency\" and \"legacy_sessions\"", snapshot.Action, StringComparison.Ordinal);
        Assert.StartsWith("Contract step", plan.Steps[snapshot.index + 1].Action, StringComparison.Ordinal);
        Assert.StartsWith("Contract step", plan.Steps[snapshot.index + 2].Action, StringComparison.Ordinal);
        Assert.Equal(2, plan.Rollback.Count(line => line.Contains("cannot be reversed: the way back is restoring the snapshot", StringComparison.Ordinal)));
        var keep = Assert.Single(plan.NextActions, line => line.Contains("keep the snapshot", StringComparison.Ordinal));
        Assert.Contains("the contract steps for \"orders.currency\" and \"legacy_sessions\"", keep, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_DropBesideAnEngineUpgradeOnANamedDatabase_TheDatabaseIsNotWhatReplacesTheDroppedThings()
    {
        var plan = Plan("pg 13 -> 16 on orders-db (pg_upgrade --link, ~20 min read-only). also drops the unused hstore extension + orders.attrs_hstore col");

        var contract = Assert.Single(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.Contains("drop \"hstore\" and \"orders.attrs_hstore\"", contract.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("what replaces it", contract.Action, StringComparison.Ordinal);
    }

    /// <summary>The contract step for NOT NULL reads as one instruction: the approval, then what must hold, then the constraint.</summary>
    [Fact]
    public void CreatePlan_NotNullContractStep_AsksForTheApprovalBeforeTheConditionsItConfirms()
    {
        var plan = Plan("backfill orders.currency from accounts.default_currency (~18M rows), then set orders.currency NOT NULL");

        var contract = Assert.Single(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal)).Action;
        Assert.Contains("get the data owner's approval and confirm the running version writes \"orders.currency\" on every insert and update, and no row has it NULL; then set \"orders.currency\" NOT NULL", contract, StringComparison.Ordinal);
    }
}
