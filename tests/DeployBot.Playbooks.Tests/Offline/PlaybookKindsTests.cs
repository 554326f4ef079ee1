using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>Kinds that are read from what the notes do, not from a keyword: cache purges, blue/green switches, engine
/// upgrades in other languages, the old value's lifetime, and command-line options that are not config.</summary>
public sealed class PlaybookKindsTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes, string environment = "production", string? flag = null)
    {
        var input = environment == "production" ? PlanInputs.ProductionInput(notes: notes, window: "Sat 20:00 - Sun 04:00 UTC", flag: flag) : PlanInputs.StagingInput(notes: notes, flag: flag);
        var plan = Planner.CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return plan;
    }

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void CreatePlan_CachePurgeWithNoDeploy_PurgesTheNamedPathsWithoutImageChartOrFlag()
    {
        var plan = Plan("Content team changed the docs landing copy in Sanity; purge the Fastly cache for /docs and /docs/start. No deploy.");

        Assert.Contains(plan.Steps, step => step.Action.Contains("Purge the CDN cache", StringComparison.Ordinal) && step.Action.Contains("\"/docs\"", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("helm", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("flag", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(plan.Rollback, line => line.Contains("cannot be undone", StringComparison.Ordinal) && line.Contains("Sanity", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_AliasSwitchToANewIndex_FillsAndVerifiesTheNewIndexBeforeTheSwitchAndKeepsTheOldOne()
    {
        var plan = Plan("Rebuild the orders search index as orders-v3 with the rebuild-orders job (dry run took 90 min). Then switch the alias `orders` from orders-v2 to orders-v3; keep orders-v2 for three days.");

        int fill = Index(plan, "rebuild-orders"), verify = Index(plan, "Before the switch"), swap = Index(plan, "(the switchover)");
        Assert.True(fill >= 0 && fill < verify && verify < swap, string.Join("\n", plan.Steps.Select(step => step.Action)));
        Assert.Contains("\"orders-v2\"", plan.Steps[swap].Action, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Blue/green rollback: switch the alias \"orders\" back to \"orders-v2\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Actualización de la base billing-db de PostgreSQL 12 a 16 con pg_upgrade. El ensayo: 40 min.", "Upgrade PostgreSQL 12 → 16 as")]
    [InlineData("sessions-cache (ElastiCache Redis) 6.2 -> 7.1 via engine_version in infra/terraform/prod/cache.tf.", "Upgrade Redis 6.2 → 7.1 as")]
    [InlineData("Upgrade PostgreSQL 13 to 16 on the orders cluster", "Upgrade PostgreSQL 13 → 16 (the orders cluster) as")]
    public void CreatePlan_EngineUpgradeInAnyWording_SnapshotsBeforeTheUpgradeAndRollsBackFromIt(string notes, string upgradeStep)
    {
        var plan = Plan(notes);

        var snapshot = Index(plan, "snapshot");
        var upgrade = Math.Max(Index(plan, upgradeStep), -1);
        // The flows on top of the engine are checked after it, as verification says.
        Assert.True(Index(plan, "Run the smoke tests") > upgrade, string.Join("\n", plan.Steps.Select(step => step.Action)));
        Assert.True(snapshot >= 0 && snapshot < upgrade, string.Join("\n", plan.Steps.Select(step => step.Action)));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Engine rollback:", StringComparison.Ordinal) && line.Contains("snapshot", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Rotate STRIPE_WEBHOOK_SECRET for billing-api, no new image, restart only. The old secret is revoked on Thursday.", "on Thursday")]
    [InlineData("SMTP_PASSWORD für mailer-service rotieren, kein neues Image. Das alte Passwort wird am Freitag deaktiviert.", "on Friday")]
    [InlineData("Rotate JWT_SIGNING_KID, no new image. kid=2025-01 stays in the JWKS for 24h, then it is removed.", "after 24h")]
    public void CreatePlan_NotesSayWhenTheOldValueStops_ConfigRollbackSaysItsLimit(string notes, string when)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.Rollback, line => line.StartsWith("Config rollback:", StringComparison.Ordinal) && line.Contains($"revoked ({when}, as the notes say)", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_SettingsRemovedOrRenamed_OnlyTheirReplacementsAreApplied()
    {
        var plan = Plan("## 4.0.0\n### Breaking changes\n- Removed the LEGACY_TOKEN_TTL setting; use SESSION_TTL instead.\n- Rename OLD_API_URL to PARTNER_API_URL.");

        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal));
        Assert.Contains("SESSION_TTL", apply.Action, StringComparison.Ordinal);
        Assert.Contains("PARTNER_API_URL", apply.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("LEGACY_TOKEN_TTL", apply.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("OLD_API_URL", apply.Action, StringComparison.Ordinal);
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Confirm that no deployment still sets \"LEGACY_TOKEN_TTL\"", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_PlainSettingChanged_NothingIsToBeRevoked()
    {
        var plan = Plan("Raise DB_POOL_SIZE from 20 to 50 for the orders service, no new image.");

        var text = string.Join('\n', plan.Steps.Select(step => step.Action).Concat(plan.Rollback).Concat(plan.NextActions));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Record the current version of \"DB_POOL_SIZE\"", StringComparison.Ordinal));
        Assert.DoesNotContain("revoke", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CreatePlan_BackfillWithCommandLineOptions_IsNotAConfigOrImageChange()
    {
        var plan = Plan("scripts/backfill_totals.py sets orders.total_cents where it is NULL. Batches of 5k, resumable with --start-id, throttled with --sleep-ms 100 to keep replica lag low. Dry run took 50 min.");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.OrdinalIgnoreCase) || step.Action.Contains("settings and secrets", StringComparison.Ordinal) || step.Action.Contains("helm", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(plan.Steps, step => step.Action.Contains("backfill_totals.py", StringComparison.Ordinal) && step.Action.EndsWith("(~50 min)", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ObjectGetsTheSameTreatment_TheMigrationStepNamesItToo()
    {
        var plan = Plan("Add column invoices.total_big bigint (migration 20261210_total_big) and copy the values in batches. invoice_lines.total gets the same treatment.");

        Assert.Contains(plan.Steps, step => step.Action.Contains("migration", StringComparison.Ordinal) && step.Action.Contains("\"invoice_lines.total\"", StringComparison.Ordinal));
    }
}
