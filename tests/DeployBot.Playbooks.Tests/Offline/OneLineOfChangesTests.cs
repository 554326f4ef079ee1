using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A release manager types several changes on one line. Each step names what its own change names, never the names of
/// the other changes on that line: the config step applies the key, not the dropped column.
/// </summary>
public sealed class OneLineOfChangesTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void CreatePlan_FourChangesOnOneLine_EachStepNamesOnlyItsOwn()
    {
        var input = PlanInputs.ProductionInput("drop orders.legacy_state + rm /v1/export, rotate SENDGRID key, pg 14->16 on billing-db", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal)).Action;
        var upgrade = Assert.Single(plan.Steps, step => step.Action.StartsWith("Upgrade PostgreSQL", StringComparison.Ordinal)).Action;

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains("SENDGRID key", apply, StringComparison.Ordinal);
        Assert.DoesNotContain("orders.legacy_state", apply, StringComparison.Ordinal);
        Assert.DoesNotContain("billing-db", apply, StringComparison.Ordinal);
        Assert.Contains("billing-db", upgrade, StringComparison.Ordinal);
        Assert.DoesNotContain("/v1/export", upgrade, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_ColumnSecretAndFlagOnOneLine_TheExpandMigrationNamesOnlyTheColumn()
    {
        var input = PlanInputs.ProductionInput("add invoices.tax_region (nullable), new STRIPE_WHSEC for the tax webhook, new_tax_calc flag off by default; deploy payments-svc then checkout-web", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var expand = Assert.Single(plan.Steps, step => step.Action.StartsWith("Run the expand migration", StringComparison.Ordinal)).Action;
        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal)).Action;

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains("invoices.tax_region", expand, StringComparison.Ordinal);
        Assert.DoesNotContain("STRIPE_WHSEC", expand, StringComparison.Ordinal);
        Assert.DoesNotContain("new_tax_calc", expand, StringComparison.Ordinal);
        Assert.DoesNotContain("invoices.tax_region", apply, StringComparison.Ordinal);
    }

    /// <summary>"API keys now stored hashed … migration adds api_keys.key_hash": the word "key" makes it config, but its columns are no settings.</summary>
    [Fact]
    public void CreatePlan_ColumnsOfKeysHashed_AreNotAppliedAsSettings()
    {
        var input = PlanInputs.ProductionInput("API keys now stored hashed (sha256). migration adds api_keys.key_hash, hashes every existing api_keys.key into it and nulls the plaintext column. irreversible: customers can't view their key again after this, only regenerate", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains("api_keys.", StringComparison.Ordinal));
    }

    /// <summary>
    /// The column the migration adds is what replaces the plaintext, never what the contract step destroys: the step
    /// nulls "api_keys.key" (its values are lost; only the snapshot brings them back) and drops nothing.
    /// </summary>
    [Fact]
    public void CreatePlan_KeysHashedAndPlaintextNulled_NullsThePlaintextAndKeepsTheNewColumn()
    {
        var input = PlanInputs.ProductionInput("API keys now stored hashed (sha256). migration adds api_keys.key_hash, hashes every existing api_keys.key into it and nulls the plaintext column. irreversible: customers can't view their key again after this, only regenerate", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var contract = Assert.Single(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal)).Action;

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains("overwrite \"api_keys.key\" with NULL", contract, StringComparison.Ordinal);
        Assert.DoesNotContain("drop", contract, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Take a snapshot", StringComparison.Ordinal) && step.Action.Contains("key_hash", StringComparison.Ordinal));
    }

    /// <summary>"users.name → users.full_name (rename col)": the arrow before the word "rename" is still a rename, not a drop and not a value to set back.</summary>
    [Fact]
    public void CreatePlan_RenameWrittenWithAnArrow_MakesTheNewNameExistFirst()
    {
        var input = PlanInputs.ProductionInput("users.name → users.full_name (rename col; app reads both this release)", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Before the rollout, make \"users.full_name\" exist beside \"users.name\"", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Values this release changes", StringComparison.Ordinal));
    }

    /// <summary>The databases an engine upgrade names in the next sentence are still the ones it upgrades and analyses.</summary>
    [Fact]
    public void CreatePlan_EngineUpgradeNamesItsDatabasesInTheNextSentence_AnalyzesThem()
    {
        var input = PlanInputs.ProductionInput("upgrade postgres 14 -> 16. Affects billing-db and orders-db.", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Run ANALYZE", StringComparison.Ordinal) && step.Action.Contains("\"billing-db\" and \"orders-db\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// A rename and a drop on one line: the new name is made to exist beside the name it replaces, not beside the column
    /// dropped next to it, and each old thing gets its own contract step.
    /// </summary>
    [Theory]
    [InlineData("rename users.name -> users.full_name, drop users.nick")]
    [InlineData("drop users.nick; rename column users.name to users.full_name")]
    public void CreatePlan_RenameBesideADrop_PairsTheNewNameWithTheOneItReplaces(string notes)
    {
        var input = PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var contract = plan.Steps.Where(step => step.Action.StartsWith("Contract step", StringComparison.Ordinal)).Select(step => step.Action).ToArray();

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Before the rollout, make \"users.full_name\" exist beside \"users.name\"", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("beside \"users.nick\"", StringComparison.Ordinal));
        Assert.Contains(contract, step => step.Contains("drop \"users.name\" (the old name", StringComparison.Ordinal));
        Assert.Contains(contract, step => step.Contains("drop \"users.nick\"", StringComparison.Ordinal) && !step.Contains("users.name", StringComparison.Ordinal));
    }

    /// <summary>The rest of a line with a rename stays planned: a truncate or a NOT NULL beside the drop (found by review).</summary>
    [Theory]
    [InlineData("rename users.name -> users.full_name, drop users.nick, truncate sessions table", "\"sessions\"")]
    [InlineData("rename users.name -> users.full_name, drop users.nick, set users.email NOT NULL", "\"users.email\"")]
    public void CreatePlan_RenameBesideADropAndMore_KeepsTheOtherChangesOfTheLine(string notes, string name)
    {
        var input = PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Before the rollout, make \"users.full_name\" exist beside \"users.name\"", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) && step.Action.Contains(name, StringComparison.Ordinal));
    }
}
