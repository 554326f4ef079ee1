using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 23: plan defects a senior SRE would reject at 2 a.m., seen in real upgrade guides (Sulu 2.6.0, terraform-aws-eks
/// 21.0, convoy 26.7.3, dj-stripe 2.9.0, django-simple-history), each in short notes modelled on the excerpt.
/// </summary>
public sealed class Review23DefectTests
{
    private static int Rollout(List<string> steps) => steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal));

    /// <summary>
    /// (Sulu 2.6.0) "A new table is required to be created in the database" over a CREATE TABLE: the new version needs the
    /// table, so the expand migration creates it, named, before the rollout; no operator step does it once the new version runs.
    /// </summary>
    [Theory]
    [InlineData("## 3.1.0\n\n### New required table\n\nAlso a new table is required to be created in the database you can use doctrine or doctrine migrations for it:\n\n```sql\nCREATE TABLE audit_refs (id INT AUTO_INCREMENT NOT NULL, resourceKey VARCHAR(191) NOT NULL, PRIMARY KEY(id)) ENGINE = InnoDB\n```", "audit_refs")]
    [InlineData("## 5.2.0\n\n### Upgrading\n\nNew columns must be added before the new version starts:\n\n```sql\nALTER TABLE accounts ADD COLUMN locale VARCHAR(5) DEFAULT NULL;\n```", "accounts.locale")]
    public void RequiredTable_IsCreatedByTheNamedExpandStep_BeforeTheRollout(string notes, string created)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);

        var expand = steps.FindIndex(action => action.StartsWith("Run the expand migration", StringComparison.Ordinal) && Has(action, created));
        Assert.True(expand >= 0 && Rollout(steps) > expand, Dump(plan));
        Assert.DoesNotContain(steps, action => action.StartsWith("Once the new version runs", StringComparison.Ordinal));
        Assert.DoesNotContain(steps.Concat(plan.PreDeploymentChecks), text => Has(text, "of the notes asks"));
    }

    /// <summary>
    /// (terraform-aws-eks 21.0) A Terraform module's removed sub-module is used by the operator's configuration, not by API
    /// consumers: the step removes its uses and reads the plan for destroys; a required variable is set in the configuration
    /// before applying, quoted, never "once the new version runs, do what line 7 asks".
    /// </summary>
    [Fact]
    public void TerraformModuleRemoval_IsAConfigurationChangeCheckedByThePlan_AndStepsQuoteWhatTheyAsk()
    {
        var plan = Plan("## v21.0.0\n\nThis module now requires Terraform `v1.5.7` or later.\n\n- The `auth-map` sub-module has been removed.\n- Karpenter controller policy for prior to Karpenter `v1` have been removed\n- `identity_providers.issuer_url` is now required to be set by users\n");
        var steps = Actions(plan);

        Assert.Contains(steps, action => action.StartsWith("Remove every use of \"auth-map sub-module\" from your Terraform configuration", StringComparison.Ordinal) && Has(action, "`terraform plan`") && Has(action, "unexpected destroy"));
        Assert.Contains(steps, action => action.StartsWith("Remove every use of \"Karpenter controller policy for prior to Karpenter v1\"", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, action => Has(action, "access logs") || Has(action, "what line"));
        var apply = steps.FindIndex(action => action.StartsWith("Apply the reviewed plan", StringComparison.Ordinal));
        var required = steps.FindIndex(action => action.StartsWith("Before applying, change your Terraform configuration", StringComparison.Ordinal) && Has(action, "\"identity_providers.issuer_url is now required to be set by users\""));
        Assert.True(required >= 0 && apply > required, Dump(plan));
        Assert.DoesNotContain(steps, action => action.StartsWith("Once the new version runs", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Verification, line => Has(line, "older clients"));
        Assert.Contains(plan.Summary, line => Has(line, "is removed from your Terraform configuration before `terraform plan` is reviewed"));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "confirmed unused"));
    }

    /// <summary>An application's operator action is quoted in its step, not pointed at by its line alone.</summary>
    [Fact]
    public void OperatorAction_QuotesWhatTheNotesAsk()
    {
        var plan = Plan("## 2.4.0\n\n### Upgrade notes\n\n- After upgrading, you must re-run `occ maintenance:repair` on every node.\n- A new export of analytics tables is required after upgrading.\n");

        Assert.Contains(Actions(plan), action => action.StartsWith("Once the new version runs", StringComparison.Ordinal) && Has(action, "\"A new export of analytics tables is required after upgrading\""));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "do what line"));
    }

    /// <summary>
    /// (convoy 26.7.3) A deletion the new version makes itself beside other data changes: one snapshot, taken before the
    /// first data change, with its id recorded; the deletion is described in the notes' words, not as "what line 5 removes".
    /// </summary>
    [Fact]
    public void SelfDeletionBesideOtherDataChanges_UsesTheOneSnapshot_AndIsDescribedInTheNotesWords()
    {
        var plan = Plan("## 4.3.0\n\n### Breaking Changes\n\n- Boot now drops any index Postgres left invalid and rebuilds it in the background, rather than leaving it until the next `migrate`. Dropping an invalid unique index gives up that constraint until the rebuild finishes.\n\n### Fixes\n\n- fix(migrations): reconcile endpoints NOT NULL schema drift (#2801)\n- fix(dataplane): rewrite rollup days that already hold rows (#2810)\n");
        var steps = Actions(plan);

        Assert.Single(steps, action => Has(action, "take a snapshot") || Has(action, "take a database snapshot"));
        Assert.Contains(steps, action => Has(action, "the new version itself deletes \"any index Postgres left invalid\"") && Has(action, "snapshot above"));
        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "what line"));
    }

    /// <summary>A deletion the new version makes with no other data change still takes its own snapshot right before the rollout.</summary>
    [Fact]
    public void SelfDeletionAlone_TakesItsOwnSnapshot()
    {
        var plan = Plan("## 2.0.0\n\n### Breaking\n\n- The legacy `sessions_v1` table is dropped automatically on startup; sessions in it are lost.");

        Assert.Single(Actions(plan), action => Has(action, "take a snapshot") || Has(action, "take a database snapshot"));
        Assert.Contains(Actions(plan), action => Has(action, "sessions_v1") && Has(action, "take a snapshot right before the rollout"));
    }

    /// <summary>A second installation in parallel: its own steps create it; the switch names both instances, no generic "Create the new one".</summary>
    [Fact]
    public void ParallelInstance_HasNoGenericCreateStep_AndTheSwitchNamesBothInstances()
    {
        var plan = Plan("## v2.0.0\n\n### Breaking Changes\n\n- Database schema rewrite: the ClickHouse and PostgreSQL schemas have been completely rewritten.\n\n### Migration Guide\n\nThe recommended upgrade path is to run a separate v2.x instance in parallel with your existing v1.x instance: write data to both instances, validate the new instance, and switch over when sufficient data has been collected in the new instance.");
        var steps = Actions(plan);

        Assert.DoesNotContain(steps, action => action.StartsWith("Create ", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, action => Has(action, "the new one") || Has(action, "the old one"));
        Assert.Contains(steps, action => action.StartsWith("Switch ", StringComparison.Ordinal) && Has(action, "from the v1.x instance to the v2.x instance"));
    }

    /// <summary>`makemigrations` writes migration files (a developer's step): never a name the expand migration or the summary gives.</summary>
    [Theory]
    [InlineData("## 3.1.0\n\n### Added\n\n- Added index on `history_date` to the historical models.\n- Run `makemigrations` after upgrading to realize the benefit of indexing changes.")]
    [InlineData("## 1.0.0\n\n### Breaking\n\n- The `Payment.extra` column changed its type to a JSON field (`makemigrations` should handle this perfectly).")]
    public void Makemigrations_IsNoObjectOfThePlan(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "makemigrations"));
    }

    /// <summary>(dj-stripe 2.9.0) A Markdown link's target ("…webhooks.md#migrating-from-the-legacy-hooks-api") is no service to roll out.</summary>
    [Fact]
    public void LinkAnchor_IsNoRolloutName()
    {
        var plan = Plan("# shop-hooks 2.9.0\n\n## Breaking Changes\n\n- The `shop.hooks` module has been removed. See the\n  [migration guide](../usage/hooks.md#migrating-from-the-legacy-hooks-api)\n  for examples, and https://example.com/docs/upgrade-notes-api for details.\n");

        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "migrating-from") || Has(line, "upgrade-notes-api"));
        Assert.Contains(Actions(plan), action => action.StartsWith("Start the rollout of version 2.9.0", StringComparison.Ordinal));
    }
}
