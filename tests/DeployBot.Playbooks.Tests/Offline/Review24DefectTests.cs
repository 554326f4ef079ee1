using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 24: plan defects seen on real changelogs (Rauthy 0.34.0, convoy 26.7.3), each in short notes modelled on the
/// excerpt, not in its words.
/// </summary>
public sealed class Review24DefectTests
{
    /// <summary>
    /// (Rauthy 0.34.0) "The old table with … will be dropped and a new one … will be created": the new version replaces its
    /// own table as it starts. A user saw a consumer check of an API item ("Confirm that nothing still uses …", "its
    /// consumers were told") and "the previous version brings them back"; the rows are lost, the way back is the snapshot,
    /// and what the notes say users will notice is quoted where the data owner approves it.
    /// </summary>
    [Theory]
    [InlineData("## 2.3.0\n\n### Changes\n\n#### Fewer device prompts\n\nThe device check was reworked to use a device cookie.\n\n> To make this possible, the old table with remembered devices will be dropped and a new one with a composite key will be created. This means every user is asked to confirm their device once after upgrading.\n", "remembered devices", "asked to confirm their device once")]
    [InlineData("## 5.1.0\n\n- The legacy table of saved searches is dropped and recreated with a new primary key. As a result, saved searches have to be set up again.\n", "searches", "set up again")]
    public void TableTheNewVersionDropsAndRecreates_IsASnapshottedSelfDeletion_NotARemovedApiItem(string notes, string table, string effect)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);

        Assert.DoesNotContain(steps, action => action.StartsWith("Confirm that nothing still uses", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Removed item", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "previous version brings"));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Removal rollback", StringComparison.Ordinal));
        var deletes = steps.FindIndex(action => Has(action, "the new version itself deletes") && Has(action, table));
        var rollout = steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal));
        Assert.True(deletes >= 0 && rollout > deletes, Dump(plan));
        Assert.Contains(plan.Summary, line => Has(line, "the new version itself deletes") && Has(line, table));
        Assert.Contains(plan.Rollback, line => Has(line, table) && Has(line, "cannot be reversed") && Has(line, "does not bring"));
        Assert.Contains(plan.PreDeploymentChecks, check => Has(check, table) && Has(check, "is lost") && Has(check, effect));
    }

    /// <summary>
    /// (convoy 26.7.3) A deletion the new version makes itself beside an expand step: the plan's one snapshot is taken before
    /// the first data change, so the rollback and the summary point at that snapshot, not at one "taken right before the
    /// rollout" that the plan never takes.
    /// </summary>
    [Fact]
    public void SelfDeletionBesideOtherDataChanges_RollsBackToTheSnapshotThePlanTook()
    {
        var plan = Plan("## 4.3.0\n\n### Breaking Changes\n\n- Boot now drops any index Postgres left invalid and rebuilds it in the background.\n\n### Fixes\n\n- fix(migrations): reconcile endpoints NOT NULL schema drift (#2801)\n- fix(dataplane): rewrite rollup days that already hold rows (#2810)\n");

        Assert.Contains(Actions(plan), action => Has(action, "snapshot right before the first data change"));
        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "snapshot taken right before the rollout"));
        Assert.Contains(plan.Rollback, line => Has(line, "cannot be reversed") && Has(line, "snapshot taken before the first data change"));
    }

    /// <summary>
    /// (terraform-aws-eks 21.0) A module's removed sub-module and a variable it now requires are changes to the operator's
    /// configuration; the plan reviewed is the one those changes give. A user saw "Remove every use of …" after the first
    /// `terraform plan` review, so the reviewed plan was not the one applied.
    /// </summary>
    [Fact]
    public void TerraformModuleConfigurationChanges_ComeBeforeThePlanIsReviewed()
    {
        var plan = Plan("## v21.0.0\n\nThis module now requires Terraform `v1.5.7` or later.\n\n- The `auth-map` sub-module has been removed.\n- `identity_providers.issuer_url` is now required to be set by users\n");
        var steps = Actions(plan);

        var remove = steps.FindIndex(action => action.StartsWith("Remove every use of", StringComparison.Ordinal));
        var required = steps.FindIndex(action => action.StartsWith("Before applying, change your Terraform configuration", StringComparison.Ordinal));
        var review = steps.FindIndex(action => action.StartsWith("Run `terraform plan` with", StringComparison.Ordinal));
        var apply = steps.FindIndex(action => action.StartsWith("Apply the reviewed plan", StringComparison.Ordinal));
        Assert.True(remove >= 0 && required >= 0 && review > remove && review > required && apply > review, Dump(plan));
    }

    /// <summary>
    /// (Redpanda Console 3.0.0) A web UI for a broker names its screens and admin features after consumer groups and offsets;
    /// the deployed UI produces and consumes nothing. A user saw offsets recorded for consumer groups "page" and "offsets" and a
    /// consumers-first rollout; and the migration guide the notes link to got no step.
    /// </summary>
    [Fact]
    public void BrokerUiScreens_AreNoMessagingChange_AndTheLinkedMigrationGuideIsFollowed()
    {
        var plan = Plan("## v5.0.0\n\n**Note:** This release contains breaking config changes. You can find the upgrade guide here: https://docs.example.org/console/upgrade-v5/\n\n- [IMPROVEMENT] Update Topics view layout.\n- [IMPROVEMENT] Ability to reset consumer group offsets to a timestamp.\n- [FIX] Fix sorting of the Consumer Groups page.\n");
        var steps = Actions(plan);

        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "consumers first") || Has(line, "committed offsets") || Has(line, "consumer lag"));
        Assert.Contains(steps, action => action.StartsWith("Follow the migration guide", StringComparison.Ordinal) && Has(action, "https://docs.example.org/console/upgrade-v5/"));
    }

    /// <summary>
    /// (Sensu 6.0.0) A part the software no longer ships inside itself must be deployed on its own before the rollout removes
    /// it; a user saw no step for it.
    /// </summary>
    [Fact]
    public void ComponentNoLongerShippedInside_IsDeployedOnItsOwnBeforeTheRollout()
    {
        var plan = Plan("## [3.0.0] - 2025-02-01\n\n### Breaking\n- The admin dashboard is no longer bundled with the acme-server binary; it is now a separate product.\n- Fixed a crash on shutdown.\n");
        var steps = Actions(plan);

        var deploy = steps.FindIndex(action => action.StartsWith("Before the rollout, deploy the admin dashboard on its own", StringComparison.Ordinal));
        var rollout = steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal));
        Assert.True(deploy >= 0 && rollout > deploy, Dump(plan));
        Assert.Contains(plan.Verification, line => Has(line, "admin dashboard") && Has(line, "deployed on its own"));
        Assert.Contains(plan.Rollback, line => Has(line, "admin dashboard") && Has(line, "previous version ships"));
    }

    /// <summary>(django-oauth-toolkit 3.0.0) "a `manage.py migrate` after upgrading": the script is the migration tool, not an object the expand step adds.</summary>
    [Fact]
    public void MigrationCommandsScript_IsNotNamedAsASchemaObject()
    {
        var plan = Plan("## 3.0.0\n\n### Changed\n* Changes to the `AbstractWidget` model require doing a `manage.py migrate` after upgrading.\n");

        Assert.Contains(Actions(plan), action => Has(action, "migration") && Has(action, "AbstractWidget"));
        Assert.DoesNotContain(Actions(plan).Concat(plan.Rollback), line => Has(line, "\"manage.py\""));
    }

    /// <summary>
    /// (dj-stripe 2.9.0) What the notes call a method or a module is code the services call, not an endpoint with consumers to
    /// tell: a user saw "access logs and client versions" and "4xx responses from older clients" for "Customer.add_card method".
    /// </summary>
    [Fact]
    public void RemovedMethodOrModule_IsCheckedInTheCode_NotInAccessLogs()
    {
        var plan = Plan("## 4.0.0\n\n### Breaking changes\n\n-   Remove unsupported method `Invoice.pay_now`.\n-   The `acme.legacy_hooks` module has been removed. Use the new signals instead.\n");
        var text = Dump(plan).Split('\n');

        Assert.DoesNotContain(text, line => Has(line, "access logs") || Has(line, "older clients") || Has(line, "consumers were told"));
        Assert.Contains(Actions(plan), action => Has(action, "code") && Has(action, "pay_now"));
    }
}
