using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>Plan defects the lead found in the 25th session (the final read of the 24th), each failing on the earlier code.</summary>
public sealed class Review25LeadTests
{
    /// <summary>
    /// (Rauthy 0.34.0) "This change needed a rework of the database table … the old table … will be dropped and a new one
    /// … created": the new version reworks its own database as it starts. A user saw "Run the expand migration with your
    /// migration tool: new columns nullable …" and "the expand part is backwards compatible, so the previous version runs
    /// against it" beside the line saying the deletion cannot be reversed: there is nothing of theirs to run or to undo.
    /// </summary>
    [Theory]
    [InlineData("## 2.3.0\n\n### Changes\n\nThe device check now uses a device cookie.\n\n> This change needed a rework of the database table. To make this possible, the old table with remembered devices will be dropped and a new one with a composite key will be created. This means every user is asked to confirm their device once after upgrading.\n")]
    [InlineData("## 5.1.0\n\n- The schema of the saved searches table had to be reworked.\n- The legacy table of saved searches is dropped and recreated with a new primary key when the new version starts. As a result, saved searches have to be set up again.\n")]
    public void ReleaseThatReworksItsOwnTable_PlansNoExpandMigrationAndPromisesNoDownMigration(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);
        var plan = Plan(notes);
        var text = Dump(plan);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(Actions(plan), action => Has(action, "the new version itself deletes"));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "expand migration"));
        Assert.DoesNotContain(text.Split('\n'), line => Has(line, "backwards compatible") || Has(line, "down-migration from"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "tested down-migrations"));
        Assert.DoesNotContain(plan.PreDeploymentChecks, line => Has(line, "tested down-migration"));
        Assert.All(plan.Rollback.Where(line => line.StartsWith("Migration rollback", StringComparison.Ordinal)), line => Assert.Contains("none to run: the new version reworks the database itself", line, StringComparison.Ordinal));
        // The snapshot the deletion step takes is the way back: its id is at hand when rolling back and at the hand-over.
        Assert.Contains(plan.Rollback, line => line.StartsWith("Have ready beforehand", StringComparison.Ordinal) && Has(line, "snapshot"));
        Assert.Contains(Actions(plan), action => action.StartsWith("Announce completion", StringComparison.Ordinal) && Has(action, "snapshot"));
    }

    /// <summary>The summary says who changes the schema: the new version, as it starts, not an expand/contract migration of the team's.</summary>
    [Fact]
    public void ReleaseThatReworksItsOwnTable_SummarySaysTheNewVersionChangesTheSchema()
    {
        var plan = Plan("## 2.3.0\n\n> This change needed a rework of the database table. To make this possible, the old table with remembered devices will be dropped and a new one with a composite key will be created.\n");

        Assert.DoesNotContain(plan.Summary, line => Has(line, "expand/contract"));
        Assert.Contains(plan.Summary, line => Has(line, "a schema change the new version makes itself as it starts"));
    }

    /// <summary>A release that adds a named column beside a deletion it makes itself still gets its expand step.</summary>
    [Fact]
    public void SelfDeletionBesideANamedAddition_KeepsTheExpandMigration()
    {
        var plan = Plan("## 3.0.0\n\n- Adds the `devices.last_seen_at` column.\n- The old table with remembered logins will be dropped and a new one with a composite key will be created when the new version starts.\n");

        Assert.Contains(Actions(plan), action => Has(action, "expand") && Has(action, "last_seen_at"));
    }

    /// <summary>
    /// A Terraform module whose apply upgrades the database engine it manages ("Upgrade the Aurora engine from PostgreSQL 13
    /// to PostgreSQL 16"): the items were read as infra only, so the plan took no snapshot before a major upgrade of the
    /// operator's database. A module release that touches no data store still takes none (<see cref="Review24LeadTests"/>).
    /// </summary>
    [Theory]
    [InlineData("* Upgrade the Aurora engine from PostgreSQL 13 to PostgreSQL 16 (major version upgrade) ([#512](https://github.com/acme/terraform-aws-rds-aurora/pull/512))")]
    [InlineData("* The default RDS `engine_version` moves from MySQL 5.7 to 8.0, a major version upgrade of existing instances on the next apply ([#88](https://github.com/acme/terraform-aws-rds/pull/88))")]
    public void TerraformModuleThatUpgradesADatabaseEngine_SnapshotsTheDatabaseBeforeTheApply(string item)
    {
        var notes = "## 8.0.0\n\n### ⚠ BREAKING CHANGES\n\n" + item + "\n* Requires Terraform >= 1.5 and the AWS provider >= 5.0\n";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);
        var plan = Plan(notes);
        var steps = Actions(plan);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var snapshot = steps.FindIndex(action => Has(action, "database snapshot"));
        var apply = steps.FindIndex(action => action.StartsWith("Apply the reviewed plan", StringComparison.Ordinal));
        Assert.True(snapshot >= 0 && apply > snapshot, Dump(plan));
        Assert.Contains(Actions(plan), action => Has(action, "terraform init -upgrade"));
    }

    /// <summary>
    /// (external-dns chart 1.14.0, cass-operator 1.29.0, flipper 1.1.0, FRESH22) A release that offers new optional settings
    /// ("Added the option to configure revisionHistoryLimit", "now configurable", "Added `strict` configuration to warn …")
    /// asks nothing to be set: a user saw "Apply the new settings and secrets of lines 5, 6 and 8 of the notes to production
    /// before anything reads it" and a config rollback target for features.
    /// </summary>
    [Theory]
    [InlineData("## 2.4.0\n\n### Added\n\n- Added the option to configure revisionHistoryLimit on the Deployment.\n- Added the option to explicitly enable or disable service account token automounting.\n")]
    [InlineData("## 1.9.0\n\n* [ENHANCEMENT] Repair tasks have now configurable pod concurrency, one pod at a time unless raised.\n* Allow configuring the preload of features via a block, like memoize.\n")]
    [InlineData("## 3.2.0\n\n- Added `lenient` configuration to warn when a missing feature is read.\n")]
    public void NewOptionalSettings_AreNotAppliedAsRequiredConfig(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("Apply the new", StringComparison.Ordinal) || action.StartsWith("Record the current version of", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Config and secrets:", StringComparison.Ordinal));
    }

    /// <summary>A setting the notes say must be set is still applied before the rollout, and one offered to "you" is kept too.</summary>
    [Theory]
    [InlineData("## 2.4.0\n\n- The `cache.ttl` setting must be set to 300 before upgrading, or the service refuses to start.\n", "cache.ttl")]
    [InlineData("## 2.4.0\n\n- Added the option to configure `MAX_WORKERS`; you must set it when running more than one replica.\n", "MAX_WORKERS")]
    public void RequiredSetting_IsStillAppliedBeforeTheRollout(string notes, string key)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), action => action.StartsWith("Apply the new", StringComparison.Ordinal) && action.Contains(key, StringComparison.Ordinal));
    }

    /// <summary>
    /// (flipper 1.1.0, RT 5.0, FRESH22) The notes give their own migration command: it is the migration, quoted in its step.
    /// A user saw a second, generic "Run the expand migration with your migration tool for "upgrade-database"" beside it,
    /// and a promise of "its down-migration from `db/migrations/`" that the project never gave.
    /// </summary>
    [Theory]
    [InlineData("## 1.4.0\n\n- Adds a `flags.expires_at` column for scheduled expiry.\n\nAfter updating the gem, generate and run the migration:\n\n    $ rails generate flags:update && rails db:migrate\n", "rails db:migrate")]
    [InlineData("## 6.0\n\nThe database schema changed: new tables for saved dashboards. Upgrade the database with the usual steps using make upgrade-database.\n", "make upgrade-database")]
    public void NotesGiveTheirOwnMigrationCommand_NoGenericExpandStepBesideIt(string notes, string command)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);

        Assert.Contains(steps, action => Has(action, command));
        Assert.DoesNotContain(steps, action => Has(action, "expand migration with"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "down-migration from") || Has(line, "tested down-migrations"));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Migration rollback", StringComparison.Ordinal) && Has(line, command) && Has(line, "snapshot"));
    }

    /// <summary>
    /// (terraform-google-kubernetes-engine, "Upgrading to v43.0", FRESH22) A Terraform module's upgrade guide that never
    /// says "Terraform": its variables and outputs are named and its users have module definitions. A user saw "Start the
    /// rollout of version 43.0 as a canary (one replica, about 10% of traffic)" and no `terraform plan` at all.
    /// </summary>
    [Fact]
    public void ModuleUpgradeGuideThatNamesVariablesAndOutputs_IsAModuleUpgrade()
    {
        var plan = Plan("# Upgrading to v12.0\nThe v12.0 release of *network* is a backwards incompatible release.\n\n### `legacy_nat` Removal\n\nThe `legacy_nat` variable has been removed. Users should remove it from their module definition.\n\n### subnets output\n\nThe `subnets` output now returns a map keyed by subnet name.\n");
        var steps = Actions(plan);

        Assert.Contains(steps, action => Has(action, "terraform plan"));
        Assert.Contains(steps, action => Has(action, "terraform init -upgrade"));
        Assert.DoesNotContain(steps, action => action.StartsWith("Start the rollout", StringComparison.Ordinal));
    }

    /// <summary>A service's notes that name an environment variable and an output format are no Terraform module.</summary>
    [Fact]
    public void ServiceNotesNamingAVariableAndAnOutputFormat_AreNoModule()
    {
        var plan = Plan("## 2.0.0\n\n- The `LOG_LEVEL` variable has been removed; use `--log-level` instead.\n- The `json` output format is now the default for the service's logs.\n");

        Assert.DoesNotContain(Actions(plan), action => Has(action, "terraform"));
    }

    /// <summary>
    /// (krane, "kubernetes-deploy 0.31.1 -> krane 1.0.0 migration guide", FRESH22) A guide from a project's old name and
    /// version to its new one: a user saw "Start the rollout of version 0.31.1", the version being left.
    /// </summary>
    [Theory]
    [InlineData("# oldtool 2.4.1 -> newtool 3.0.0 migration guide\n\n`oldtool` was renamed `newtool` when version 3.0.0 was released.\n\n* The `--legacy-output` flag was removed.\n", "3.0.0", "2.4.1")]
    [InlineData("# Upgrading from 1.9.2 to 2.0.0\n\n* The `--legacy-output` flag was removed.\n", "2.0.0", "1.9.2")]
    public void UpgradeGuideFromAnOldNameToANewOne_DeploysTheTargetVersion(string notes, string target, string left)
    {
        var text = Dump(Plan(notes));

        Assert.Contains($"version {target}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"version {left}", text, StringComparison.Ordinal);
    }
}
