using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>What the notes state is what the plan does: their ramp, their holds, the values to return to, their base image.</summary>
public sealed class StatedNotesTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("Ramp checkout-v2 from 5% to 50% today, no deploy. Hold at least 1h at 10% and at 25%; stop if conversion drops more than 2%.", "checkout-v2", new[] { "10%", "25%", "50%" }, 60)]
    [InlineData("Enable for internal accounts first (segment acme-staff), then 1% -> 10% -> 25% of EU traffic; hold 2h at each step. No deploy needed.", "pricing_v3", new[] { "acme-staff", "1%", "10%", "25%" }, 120)]
    [InlineData("Activation du flag : 5 % des clients FR d'abord, puis 25 % après 2 h sans erreur. Pas de déploiement.", "paiement_fractionne", new[] { "5%", "25%" }, 120)]
    public void CreatePlan_NotesStateTheRamp_TheFlagStepsFollowItInOrderWithItsHolds(string notes, string flag, string[] stages, int hold)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Wed 08:00-18:00 UTC", flag: flag);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var ramp = plan.Steps.Where(step => step.FlagAction?.Contains(flag, StringComparison.Ordinal) == true && step.Action.Contains("hold for", StringComparison.Ordinal)).ToList();
        Assert.Equal(stages.Length, ramp.Count);
        Assert.All(stages.Zip(ramp), pair => Assert.Contains(pair.First, pair.Second.Action, StringComparison.Ordinal));
        Assert.All(ramp, step => Assert.Contains($"hold for {hold} minutes", step.Action, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("2%", StringComparison.Ordinal) || step.Action.Contains("100%", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Resize orders-db from db.r6g.xlarge to db.r6g.2xlarge - infra/terraform/prod/rds_orders.tf", "`db.r6g.xlarge` → `db.r6g.2xlarge`")]
    [InlineData("EKS: replace node group general-m5 with general-m7i (infra/terraform/eks.tf)", "`general-m5` → `general-m7i`")]
    [InlineData("Correção urgente: pedidos-api 9.0.4 retorna 502. Correção: pedidos-api 9.0.5 fecha a conexão.", "`9.0.4` → `9.0.5`")]
    public void CreatePlan_NotesStateTheValueBefore_RollbackReadinessNamesItAsTheWayBack(string notes, string expected)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Contains(plan.Rollback, line => line.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_RebuildOnAPatchedBaseImage_NamesTheImageAndTheCveInTheBuildCheck()
    {
        var notes = "Emergency security patch: CVE-2026-31337 (OpenSSL). Rebuild on base image eclipse-temurin:21.0.5_11-jre-jammy and redeploy auth-service. No code changes.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "now", flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("`eclipse-temurin:21.0.5_11-jre-jammy`", StringComparison.Ordinal) && step.Action.Contains("CVE-2026-31337", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ContractOfAChangeAlreadyLive_RollsOutNoImage()
    {
        var notes = "Contract phase: customer-api 8.5.0 (live since Monday) only reads customers.phone_e164. Run db/migrate/20261217_drop_customers_phone.rb - drops column customers.phone.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Tue 20:00-21:00 UTC", flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.Ordinal) || step.Action.Contains("image tag", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Reference?.Contains("20261217_drop_customers_phone.rb", StringComparison.Ordinal) == true || step.Action.Contains("customers.phone", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ServiceNamedCheckout_IsNotAPaymentsChange()
    {
        var notes = "checkout-api 3.15.0: add the optional invoices.due_date column (db/migrations/V43__due_date.sql)";

        var plan = Planner.CreatePlan(PlanInputs.StagingInput(notes: notes), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("provider's sandbox", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => line.Contains("payments change", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_DropAmongOtherSentences_ContractStepNamesOnlyWhatIsDropped()
    {
        var notes = "orders-api 5.2.0 reads only orders.status_v2. Drop the legacy orders.status column (db/migrations/V90__drop_orders_status.sql). Rotate STRIPE_WEBHOOK_SECRET.";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-01:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var contract = Assert.Single(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.Contains("\"orders.status\"", contract.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("status_v2", contract.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("STRIPE_WEBHOOK_SECRET", contract.Action, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("expand part", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_DataMigrationByANamedCommandThatMayRunOnce_RunsThatCommandOnceAfterTheRollout()
    {
        var notes = "## 4.2.0\n- Existing invoices must be migrated to the new format using the `convert-invoices` admin command. "
            + "Only run it once, a second run duplicates every invoice.\n- Faster invoice search.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 06:00-09:00 UTC", flag: null), null, 0, null);

        var steps = plan.Steps.ToList();
        var run = steps.FindIndex(step => step.Action.Contains("Run `convert-invoices`", StringComparison.Ordinal));
        var rollout = steps.FindLastIndex(step => step.Action.Contains("rollout", StringComparison.OrdinalIgnoreCase));
        Assert.True(run > rollout && rollout >= 0, string.Join("\n", steps.Select(step => step.Action)));
        Assert.Contains("once only", steps[run].Action, StringComparison.Ordinal);
        Assert.DoesNotContain("in small batches", steps[run].Action, StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => line.Contains("`convert-invoices`", StringComparison.Ordinal) && line.Contains("never run it a second time", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_CommandThatMigratesNoData_GetsNoDataMigrationStep()
    {
        var notes = "## 4.2.1\n- Fixed the search box. After upgrading run `npm ci` to refresh dependencies.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 06:00-09:00 UTC", flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("Run `npm ci`", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## 4.2.1\n- Existing indexes are migrated and now stored using `zstd` compression.")]
    [InlineData("## 4.2.1\n- Search data is migrated automatically; you no longer need to run `rake search:reindex`.")]
    [InlineData("## 4.2.1\n- Settings are migrated on start; use `--keep-cache` to keep the old cache.")]
    public void CreatePlan_DataItemWhoseCodeIsNoCommandToRun_GetsNoRunStep(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 06:00-09:00 UTC", flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Run `", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_OnceMentionedElsewhereInTheNotes_DoesNotMakeTheCommandOnceOnly()
    {
        var notes = "## 4.3.0\n- Existing invoices must be migrated to the new format using the `convert-invoices` admin command.\n"
            + "- New API tokens are shown only once.\n- Only run this once per token rotation.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 06:00-09:00 UTC", flag: null), null, 0, null);

        var run = Assert.Single(plan.Steps, step => step.Action.Contains("Run `convert-invoices`", StringComparison.Ordinal));
        Assert.DoesNotContain("once only", run.Action, StringComparison.Ordinal);
    }
}
