using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A plan says plainly when a step destroys data the previous version cannot bring back, names what it destroys, and
/// gives the real way back; a deletion the notes put off is a follow-up with its own gate, not a step of this window.
/// </summary>
public sealed class DataLossTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    private static string All(DeploymentPlan plan) =>
        string.Join("\n", plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification).Concat(plan.Rollback));

    [Theory]
    [InlineData("rotate the encryption of invoices.iban to new KMS key alias/billing-2027 (~4M rows, rake reencrypt). old key disabled after")]
    [InlineData("re-encrypt stored api secrets under KMS key alias/secrets-v2; old key scheduled for deletion (30 day window) once the job reports 0 rows on the old key")]
    public void CreatePlan_OldKeyDisabledLater_SaysTheSnapshotBecomesUnreadableAndGatesOnZeroRows(string notes)
    {
        var plan = Plan(notes);

        var line = Assert.Single(plan.Rollback, text => text.Contains("old key", StringComparison.Ordinal) && text.Contains("cannot be reversed", StringComparison.Ordinal));
        Assert.Contains("snapshot taken before the re-encryption", line, StringComparison.Ordinal);
        Assert.Contains("returns 0 before the key is disabled or scheduled for deletion", line, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("disable", StringComparison.OrdinalIgnoreCase) && step.Action.Contains("old key", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cleanup task now deletes expired sessions after 30 days (was never), first run will remove ~5M rows", "\"sessions\"", "~5M rows")]
    [InlineData("one-off: dedupe vendors by tax_id, ~3k dup rows merged into the oldest, dups deleted", "\"vendors\"", "~3k dup rows")]
    public void CreatePlan_RowsDeleted_DryRunCountBatchesAndNoPreviousVersionBringsThemBack(string notes, string table, string count)
    {
        var plan = Plan(notes);

        var step = Assert.Single(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.Contains($"a dry run that only counts the rows it would delete from {table} returns what the notes expect ({count})", step.Action, StringComparison.Ordinal);
        Assert.Contains("in batches", step.Action, StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => line.StartsWith($"Deleting the rows from {table} cannot be reversed", StringComparison.Ordinal));
        Assert.DoesNotContain("brings", string.Join("\n", plan.Rollback), StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_IndexDeletedAfterADelay_IsAFollowUpThatSaysItEndsTheWayBack()
    {
        var plan = Plan("reindex articles into articles_v5 (new tokenizer), flip alias, delete articles_v4 after 72h");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("articles_v4", StringComparison.Ordinal));
        var line = Assert.Single(plan.Rollback, text => text.Contains("\"delete articles_v4 after 72h\"", StringComparison.Ordinal));
        Assert.Contains("not a step of this window", line, StringComparison.Ordinal);
        Assert.Contains("cannot be reversed", line, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_StaticDatabaseUserDroppedLater_IsNotBroughtBackByThePreviousVersion()
    {
        var plan = Plan("billing ro db user moves to vault dynamic creds instead of the static password. BILLING_DB_PASSWORD removed from the k8s secret and the static user dropped after");

        Assert.DoesNotContain(plan.Rollback, line => line.Contains("brings", StringComparison.Ordinal) && line.Contains("user", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("\"the static user dropped after\"", StringComparison.Ordinal) && line.Contains("cannot be reversed", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_DjangoRemoveField_ContractStepNamesTheFieldNotTheSentence()
    {
        var plan = Plan("0042_remove_invoice_old_state.py — RemoveField invoice.old_state. last reader removed in 2.9.0");

        var step = Assert.Single(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.Contains("\"invoice.old_state\"", step.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reader\"", All(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_RefundScript_DryRunListFirstAndRefundsCannotBeReversed()
    {
        var plan = Plan("hotfix INC-7001: 87 orders charged twice yesterday; script refunds via adyen and marks orders.status='refunded'");

        Assert.Contains(plan.Steps, step => step.Action.Contains("dry run that only lists the payments and amounts it would refund (the notes say 87 orders)", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Refunds cannot be reversed", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_TableSwap_SwapIsUndoneBySwappingBackButTheOldTablesDropIsNot()
    {
        var plan = Plan("audit_log table -> partitioned by week (pg_partman); copy 300M rows on friday, swap names saturday night");

        var line = Assert.Single(plan.Rollback, text => text.StartsWith("Table swap", StringComparison.Ordinal));
        Assert.Contains("swapping the names back", line, StringComparison.Ordinal);
        Assert.Contains("Dropping the old table afterwards cannot be reversed", line, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_NewTablesListedAfterTheirNoun_ExpandStepNamesEveryOne()
    {
        var plan = Plan("feat: projects (new tables projects, project_members, project_invites)");

        var step = Assert.Single(plan.Steps, step => step.Action.StartsWith("Run the expand", StringComparison.Ordinal));
        Assert.Contains("\"projects\", \"project_members\" and \"project_invites\"", step.Action, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wishlists behind flag wishlists, new table wishlists, no changes to existing tables", "\"no\"")]
    [InlineData("CREATE INDEX CONCURRENTLY idx_orders_user_id ON orders(user_id); no app change", "\"CONCURRENTLY\"")]
    public void CreatePlan_WordAfterTheListedObjects_IsNotNamedAsOne(string notes, string word)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(word, All(plan), StringComparison.Ordinal);
    }
}
