using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>Plan defects the lead found reading FRESH21's and FRESH19's plans (24th session), each failing on the earlier code.</summary>
public sealed class Review24LeadTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void CreatePlan_ReleaseNoLongerSupportsAVariable_NeverAppliesOrRestoresIt()
    {
        // mysqld_exporter 0.15.0's shape: the plan applied "the new DATA_SOURCE_NAME" before the rollout and its config
        // rollback re-applied it, though the release stops reading it.
        var notes = "## 0.15.0 / 2023-06-16\n\nBREAKING CHANGES:\n\nThe exporter no longer supports the monolithic `DATA_SOURCE_NAME` environment variable.\n"
            + "To configure connections to MySQL you can either use a `my.cnf` style config file or command line arguments.";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains("DATA_SOURCE_NAME", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("re-apply the previous version of \"DATA_SOURCE_NAME\"", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_TerraformModuleWhoseDataItemsNameNoDataStore_TakesNoDatabaseSnapshot()
    {
        // terraform-aws-eks UPGRADE-21.0: "EKS now encrypts secrets at rest" was read as a data change, so the plan took a
        // database snapshot and asked a database owner to approve, for a module that touches no database.
        var file = FixtureNotes.Files("Fresh19").Single(path => path.EndsWith("terraform-aws-eks__upgrade-21-0.md", StringComparison.Ordinal));
        var input = PlanInputs.ProductionInput(notes: FixtureNotes.Read(file).Notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.Contains("terraform plan", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("database snapshot", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CreatePlan_TerraformModuleThatChangesADatabase_StillTakesTheSnapshot()
    {
        var notes = "## 7.0.0\n\n### BREAKING CHANGES\n\n- The RDS cluster's `storage_encrypted` now defaults to true: the existing database is replaced, and its data is lost unless restored from a snapshot\n"
            + "- Requires the AWS provider >= 5.0 in `required_providers`";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.Contains("snapshot", StringComparison.OrdinalIgnoreCase));
    }
    [Fact]
    public void CreatePlan_ListItemsSecondParagraph_IsNeverRunAsACommand()
    {
        // jwx v2.0.21's shape: the item's second paragraph, indented under the item after a blank line, was read as an
        // indented code block, and the plan said to run `The same option can be passed to `jwe.Decrypt` …` and `a per-message basis.`.
        var notes = "v2.0.21 07 Mar 2024\n[Security]\n  * [jwe] Added `jwe.Settings(jwe.WithMaxDecompressBufferSize(int64))` to specify the\n"
            + "    maximum size of a decompressed JWE payload. The default value is 10MB. If you\n    are compressing payloads greater than this and want to decompress it during\n"
            + "    a call to `jwe.Decrypt`, you need to explicitly set a value large enough to\n    hold that data.\n\n"
            + "    The same option can be passed to `jwe.Decrypt` to control this behavior on\n    a per-message basis.\n";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("The same option", StringComparison.Ordinal) || step.Action.Contains("per-message basis", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_CommandBlockUnderAListItem_IsStillRun()
    {
        var notes = "## 3.0.0\n\n### Upgrade notes\n\n- After upgrading, run the following command:\n\n    bin/console app:reindex --all\n";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.Steps, step => step.Action.Contains("bin/console app:reindex --all", StringComparison.Ordinal));
    }
}
