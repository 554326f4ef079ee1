using DeployBot.Testing.Plans;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Validation;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Tests.Plans;

public sealed class PlanValidatorContentTests
{
    private static readonly DeploymentPlan Valid = PlanSamples.Valid;

    private static IReadOnlyList<string> Rules(DeploymentPlan plan, PlanningInput? input = null) =>
        PlanValidator.Validate(plan, input ?? PlanSamples.Input).Select(violation => violation.Rule).ToArray();

    [Fact]
    public void Validate_FlagMissingFromSteps_IsFlagInSteps()
    {
        var plan = Valid with { Steps = [.. Valid.Steps.Select(step => step with { FlagAction = null, Action = "Ramp the new path" })] };

        Assert.Equal([PlanRules.FlagInSteps], Rules(plan));
    }

    [Fact]
    public void Validate_FlagMissingFromVerification_IsFlagInVerification()
    {
        Assert.Equal([PlanRules.FlagInVerification], Rules(Valid with { Verification = ["Smoke tests pass."] }));
    }

    [Fact]
    public void Validate_FlagMissingFromRollback_IsFlagInRollback()
    {
        Assert.Equal([PlanRules.FlagInRollback], Rules(Valid with { Rollback = ["Run the down-migration."] }));
    }

    [Fact]
    public void Validate_OnlyALongerFlagNameMentioned_DoesNotCountAsTheFlag()
    {
        Assert.Contains(PlanRules.FlagInRollback, Rules(Valid with { Rollback = ["Turn checkout-v2-beta off.", "Restore the snapshot."] }));
    }

    [Fact]
    public void Validate_FlagInDifferentCase_Counts()
    {
        Assert.Empty(Rules(Valid with { Rollback = ["Turn CHECKOUT-V2 off.", "Restore the snapshot."] }));
    }

    [Fact]
    public void Validate_NoFlagGiven_RequiresNoFlagAnywhere()
    {
        var input = PlanInputs.ProductionInput(flag: null);
        var plan = Valid with
        {
            Context = Valid.Context with { Flag = null },
            Steps = [new PlanStep("Deploy", "deploy/k8s/deployment.yaml", StepMode.Automated)],
            Verification = ["Smoke tests pass."],
            Rollback = ["Redeploy the previous image and run the down-migration."],
        };

        Assert.Empty(Rules(plan, input));
    }

    [Fact]
    public void Validate_WindowNotInSummary_IsWindowInSummary()
    {
        var summary = new[] { "Deploys checkout v2.", "It is a migration.", "The flag checkout-v2 guards it." };

        Assert.Equal([PlanRules.WindowInSummary], Rules(Valid with { Summary = summary }));
    }

    [Theory]
    [InlineData("It runs sat 02:00–04:00   utc.")]
    [InlineData("It runs from 02:00 to 04:00 UTC on Sat.")]
    public void Validate_WindowWrittenDifferently_StillCounts(string sentence)
    {
        var summary = new[] { "Deploys checkout v2.", "It is a migration.", sentence };

        Assert.DoesNotContain(PlanRules.WindowInSummary, Rules(Valid with { Summary = summary }));
    }

    [Fact]
    public void Validate_NoWindowGiven_RequiresNone()
    {
        var input = PlanInputs.ProductionInput(window: null);
        var plan = Valid with
        {
            Context = Valid.Context with { Window = null },
            Summary = ["Deploys checkout v2.", "It is a migration.", "The flag checkout-v2 guards it."],
        };

        Assert.Empty(Rules(plan, input));
    }

    [Fact]
    public void Validate_ProductionWithoutApprovals_IsProdApprovals()
    {
        var checks = new[] { "Tell the on-call engineer before starting.", "Backup: snapshot taken." };

        Assert.Equal([PlanRules.ProdApprovals], Rules(Valid with { PreDeploymentChecks = checks }));
    }

    [Theory]
    [InlineData("On-call rota is up to date.")]
    [InlineData("Notify the team before starting.")]
    public void Validate_ProductionWithoutTellingOnCall_IsProdOnCallTold(string check)
    {
        var checks = new[] { "Approvals recorded.", "Backup: snapshot taken.", check };

        Assert.Equal([PlanRules.ProdOnCallTold], Rules(Valid with { PreDeploymentChecks = checks }));
    }

    [Fact]
    public void Validate_StagingWithoutApprovalsOrOnCall_IsFine()
    {
        var input = new PlanningInput(PlanSamples.Input.Request with { Environment = "staging" }, PlanInputs.Staging);
        var plan = Valid with { Context = Valid.Context with { Environment = "staging" }, PreDeploymentChecks = ["Backup: snapshot taken."] };

        Assert.Empty(Rules(plan, input));
    }

    [Fact]
    public void Validate_HighRiskEnvironmentWithAnotherName_IsTreatedAsProduction()
    {
        var live = new DeploymentEnvironment("live", new EnvironmentOptions { Risk = RiskLevel.High });
        var input = new PlanningInput(PlanSamples.Input.Request with { Environment = "live" }, live);
        var plan = Valid with { Context = Valid.Context with { Environment = "live" }, PreDeploymentChecks = ["Backup: snapshot taken."] };

        Assert.Equal([PlanRules.ProdApprovals, PlanRules.ProdOnCallTold], Rules(plan, input));
    }

    [Fact]
    public void Validate_SchemaNotesWithoutBackupCheck_IsSchemaBackup()
    {
        var checks = new[] { "Approvals recorded.", "Tell the on-call engineer before starting." };

        Assert.Equal([PlanRules.SchemaBackup], Rules(Valid with { PreDeploymentChecks = checks }));
    }

    [Fact]
    public void Validate_SchemaNotesWithoutMigrationRollback_IsSchemaRollback()
    {
        Assert.Equal([PlanRules.SchemaRollback], Rules(Valid with { Rollback = ["Turn checkout-v2 off first.", "Redeploy the previous image."] }));
    }

    [Theory]
    [InlineData("Run the down migration 0042.")]
    [InlineData("Roll back the migration with migrate:down.")]
    [InlineData("Restore the orders database from the snapshot.")]
    public void Validate_AnyMigrationRollbackWording_Counts(string rollback)
    {
        Assert.Empty(Rules(Valid with { Rollback = ["Turn checkout-v2 off first.", rollback] }));
    }

    [Fact]
    public void Validate_NotesWithoutSchemaChanges_NeedNoBackupOrMigrationRollback()
    {
        var input = PlanInputs.ProductionInput(notes: "Tweak button colours on the checkout page.");
        var plan = Valid with
        {
            Context = Valid.Context with { Notes = "Tweak button colours on the checkout page." },
            PreDeploymentChecks = ["Approvals recorded.", "Tell the on-call engineer before starting."],
            Rollback = ["Turn checkout-v2 off first."],
        };

        Assert.Empty(Rules(plan, input));
    }

    [Fact]
    public void Validate_DataBackfillWithoutBackup_IsDataBackup()
    {
        const string notes = "Backfill invoice totals for 2023.";
        var input = PlanInputs.ProductionInput(notes: notes);
        var plan = Valid with
        {
            Context = Valid.Context with { Notes = notes },
            PreDeploymentChecks = ["Approvals recorded.", "Tell the on-call engineer before starting."],
        };

        Assert.Equal([PlanRules.DataBackup], Rules(plan, input));
    }

    [Theory]
    [InlineData("notes", PlanRules.ContextNotes)]
    [InlineData("environment", PlanRules.ContextEnvironment)]
    [InlineData("window", PlanRules.ContextWindow)]
    [InlineData("flag", PlanRules.ContextFlag)]
    public void Validate_AlteredContext_IsReportedByField(string field, string rule)
    {
        var context = field switch
        {
            "notes" => Valid.Context with { Notes = "Ignore the notes; deploy everything." },
            "environment" => Valid.Context with { Environment = "staging" },
            "window" => Valid.Context with { Window = "any time" },
            _ => Valid.Context with { Flag = null },
        };

        Assert.Contains(rule, Rules(Valid with { Context = context }));
    }

    [Fact]
    public void Validate_ContextWithEquivalentSpelling_IsNotAltered()
    {
        var input = new PlanningInput(new DeploymentRequest("line one\r\nline two", "production", null, "checkout-v2"), PlanInputs.Production);
        var plan = Valid with { Context = new PlanContext("line one\nline two\n", "Production", "none", "checkout-v2") };

        Assert.DoesNotContain(Rules(plan, input), rule => rule.StartsWith("context-", StringComparison.Ordinal));
    }
}
