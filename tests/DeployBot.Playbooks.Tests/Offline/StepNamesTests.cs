using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>A step names only objects of its own kind, or nothing: ANALYZE names databases, an integration check services.</summary>
public sealed class StepNamesTests
{
    private static DeploymentPlan Plan(string notes) =>
        new OfflinePlanner().CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

    [Fact]
    public void CreatePlan_PostgresUpgradeThatDropsAColumn_AnalyzesTheDatabaseOnly()
    {
        var plan = Plan("pg 12 -> 15 on billing-db (pg_upgrade --link, ~25 min read-only). also drops the unused ltree extension + invoices.path_ltree col");

        var analyze = Assert.Single(plan.Steps, step => step.Action.StartsWith("Run ANALYZE", StringComparison.Ordinal));
        Assert.Contains("\"billing-db\"", analyze.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("pg_upgrade", analyze.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("invoices.path_ltree", analyze.Action, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Upgrade", StringComparison.Ordinal) && step.Action.Contains("invoices.path_ltree", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_BackfillFromAnotherTable_IntegrationCheckNamesNoColumnOrMigrationFile()
    {
        var plan = Plan("backfill invoices.currency from payments.currency (~40M rows, 5k batches, rake backfill:invoice_currency, throttled). after it finishes: 20261201_invoices_currency_not_null.rb sets invoices.currency NOT NULL");

        Assert.DoesNotContain(plan.Verification, line => line.StartsWith("Integrations:", StringComparison.Ordinal)
            && (line.Contains("invoices.currency", StringComparison.Ordinal) || line.Contains(".rb", StringComparison.Ordinal)));
    }

    [Fact]
    public void CreatePlan_NodePoolChange_PodReadinessNamesNoMachineType()
    {
        var plan = Plan("helm: new node pool batch-pool (n2-highmem-16) for report-worker, old pool-b drained");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("every pod is ready", StringComparison.Ordinal) && step.Action.Contains("n2-highmem-16", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_SecretRotationNamingNoCode_AppliesAndRestartsWithoutAnImageRollout()
    {
        var plan = Plan("rotate the Adyen API key");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("release image", StringComparison.Ordinal) || step.Action.Contains("canary", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("rolling restart (no new image)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Version rollback", StringComparison.Ordinal) || line.Contains("previous image tag", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_SecretRotationWithACodeChange_StillRollsOutTheImage()
    {
        var plan = Plan("rotate the Adyen API key and deploy checkout-api 4.1.2 with the retry fix");

        Assert.Contains(plan.Steps, step => step.Action.Contains("release image", StringComparison.Ordinal));
    }
}
