using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the notes say in their own shorthand: a row count is no duration and a delay is a follow-up, a stated deploy
/// order is kept, a numbered migration is no backfill script, and a flag the notes name is the one the plan switches.
/// </summary>
public sealed partial class NotesOwnWordsTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    private static string All(DeploymentPlan plan) =>
        string.Join("\n", plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification).Concat(plan.Rollback));

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    private static IEnumerable<int> StepMinutes(DeploymentPlan plan) =>
        plan.Steps.Select(step => Minutes().Match(step.Action)).Where(match => match.Success).Select(match => int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\(~(?<n>\d+) min\)")]
    private static partial Regex Minutes();

    [GeneratedRegex(@"add up to about (?<n>\d+)")]
    private static partial Regex Total();

    [Theory]
    [InlineData("backfill invoices.tax_code from customers.tax_code (~12M rows, batches of 10k), then set invoices.tax_code NOT NULL")]
    [InlineData("backfill invoices.tax_code from customers.tax_code (about 12m rows in batches of 10k)")]
    public void CreatePlan_RowCount_IsNeverClaimedAsATimedDryRun(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain("about 12 minutes", All(plan), StringComparison.Ordinal);
        Assert.DoesNotContain(12, StepMinutes(plan));
        Assert.Contains(plan.Steps, step => step.Action.Contains("Run the backfill", StringComparison.Ordinal) && step.Action.Contains("no duration was given", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("reindex articles into articles_v5 (new tokenizer), flip alias, delete articles_v4 after 72h")]
    [InlineData("reindex articles into articles_v5, flip alias and drop articles_v4 after a 24h soak")]
    public void CreatePlan_DeletionAfterADelay_IsNoStepOfThisWindow(string notes)
    {
        var plan = Plan(notes);

        Assert.All(StepMinutes(plan), minutes => Assert.True(minutes <= 90, All(plan)));
        var total = Total().Match(string.Join("\n", plan.Summary));
        Assert.True(total.Success && int.Parse(total.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) < 300, All(plan));
    }

    [Fact]
    public void CreatePlan_OrderLine_RollsOutInTheStatedOrderNotTheOrderOfMention()
    {
        var plan = Plan("move billing out of checkout-api into a new deploy billing-worker. checkout-api stops consuming billing.events. order: billing-worker up, lag on billing.events at 0, then checkout-api");

        int worker = Index(plan, "rollout of billing-worker"), api = Index(plan, "rollout of checkout-api");
        Assert.True(worker >= 0 && api > worker, All(plan));
    }

    [Fact]
    public void CreatePlan_NumberedDeployOrder_RollsOutEveryListedServiceIncludingABareName()
    {
        var plan = Plan("""
            deploy order matters:
            1. accounts-svc (adds /v3/profile)
            2. edge-gateway (routes /profile to v3)
            3. portal (reads the new shape)
            """);

        int accounts = Index(plan, "rollout of accounts-svc"), gateway = Index(plan, "rollout of edge-gateway"), portal = Index(plan, "rollout of portal");
        Assert.True(accounts >= 0 && gateway > accounts && portal > gateway, All(plan));
    }

    [Fact]
    public void CreatePlan_FirstThen_KeepsTheStatedOrderWhenTheSecondIsNamedFirst()
    {
        var plan = Plan("search-api 4.2 reads the new index format; deploy indexer-worker first, then search-api");

        int worker = Index(plan, "rollout of indexer-worker"), api = Index(plan, "rollout of search-api");
        Assert.True(worker >= 0 && api > worker, All(plan));
    }

    [Fact]
    public void CreatePlan_NumberedMigrationWithNoBackfill_RunsNoBackfill()
    {
        var plan = Plan("0031_add_invoice_region.py adds invoices.region (nullable, no default). no backfill yet");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("backfill", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(plan.PreDeploymentChecks, line => line.Contains("backfill", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CreatePlan_TimestampedMigrationBesideABackfillTask_RunsTheTaskAsTheBackfill()
    {
        var plan = Plan("backfill invoices.region from accounts.region (batches of 5k, rake backfill:invoice_region, throttled). after it finishes: 20270101_invoices_region_not_null.rb sets invoices.region NOT NULL");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Run the backfill `rake backfill:invoice_region`", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("Run the backfill `20270101", StringComparison.Ordinal)
            || (step.Action.StartsWith("Run the backfill", StringComparison.Ordinal) && step.Reference == "20270101_invoices_region_not_null.rb"));
        // The migration is the contract step: NOT NULL once the backfill has filled every row.
        Assert.Contains(plan.Steps, step => step.Action.Contains("set \"invoices.region\" NOT NULL", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_FlagMovedToAShare_SetsThatShareWithoutARolloutAndSetsItBackOnRollback()
    {
        var plan = Plan("flip fast_search 10% -> 40%. no deploy");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Set fast_search from 10% to 40%", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("rollout", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(plan.Rollback, line => line.StartsWith("First rollback: set fast_search back to 10%", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => line.Contains("No feature flag was given", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_FlagTurnedOnForAShareWithNothingDeployed_SetsItForThatAudienceOnly()
    {
        var plan = Plan("turn on smart_sort for 20% of US shops, nothing deploys");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Set smart_sort to 20% of US shops", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("image", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(plan.Rollback, line => line.StartsWith("First rollback: turn smart_sort off", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gift cards behind the gift_cards flag; new table gift_cards, no changes to existing tables", "gift_cards")]
    [InlineData("PAY-77: switch card payments to the new processor (behind flag new_processor)", "new_processor")]
    public void CreatePlan_CodeBehindAFlagTheNotesName_NamesThatFlagInsteadOfSayingNoneWasGiven(string notes, string flag)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Summary, line => line.Contains("No feature flag was given", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, line => line.Contains($"behind the flag {flag}", StringComparison.Ordinal) && line.Contains($"turning {flag} off is the first rollback", StringComparison.Ordinal));
    }
}
