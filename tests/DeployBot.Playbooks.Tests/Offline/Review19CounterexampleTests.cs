using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 19: counterexamples to the rules added on 2026-12-06 (989e4e3..1b2b7ea), realistic release-note lines where a
/// new rule fires wrongly or an old correct behaviour is lost. Each is skipped until the rule is fixed.
/// </summary>
public sealed class Review19CounterexampleTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

    private static string Dump(DeploymentPlan plan) =>
        string.Join("\n", plan.Steps.Select(step => step.Action).Concat(plan.PreDeploymentChecks).Concat(plan.Rollback));

    /// <summary>"after upgrading" names what breaks if the key is NOT set first; LaterKeys moves the key behind the rollout.</summary>
    [Fact]
    public void LaterKeys_KeyRequiredOrTheServiceFailsAfterUpgrading_IsAppliedBeforeTheRollout()
    {
        var plan = Plan("## 5.0.0\n\n- Breaking: you must set SECRET_KEY_BASE in the environment, otherwise the app will fail to start after upgrading.");

        var actions = plan.Steps.Select(step => step.Action).ToList();
        var rollout = actions.FindIndex(action => action.Contains("rollout of", StringComparison.Ordinal));
        var apply = actions.FindIndex(action => action.StartsWith("Apply the new", StringComparison.Ordinal) && action.Contains("SECRET_KEY_BASE", StringComparison.Ordinal));
        Assert.True(apply >= 0 && rollout >= 0 && apply < rollout, Dump(plan));
        Assert.DoesNotContain(actions, action => action.StartsWith("After the rollout is verified, change", StringComparison.Ordinal));
    }

    /// <summary>A changed parsing or handling of a key the operator must set before upgrading: the plan applies it and must not also say nothing is set for it.</summary>
    [Theory]
    [InlineData("## 4.0.0\n\n- Changed the parsing of ALLOWED_HOSTS: entries are now comma-separated instead of space-separated. Update ALLOWED_HOSTS in every environment before upgrading.", "ALLOWED_HOSTS")]
    [InlineData("## 5.2.0\n\n- `LOG_FORMAT` handling changed: the default is now plain text. Set LOG_FORMAT=json explicitly before upgrading to keep structured logs.", "LOG_FORMAT")]
    public void ChangesBehaviourOf_KeyTheOperatorMustSetFirst_ChecksDoNotContradictTheApplyStep(string notes, string key)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal) && step.Action.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.Contains(key, StringComparison.Ordinal) && check.Contains("nothing in the config is set for it", StringComparison.Ordinal));
    }

    /// <summary>"ignored when X is set" is conditional: the release still reads the key otherwise.</summary>
    [Fact]
    public void IgnoredNow_KeyIgnoredOnlyUnderACondition_IsNotReportedAsNoLongerRead()
    {
        var plan = Plan("## 3.2.0\n\n- Added AUTOSCALE_WORKERS to size the worker pool from the CPU quota.\n- WEB_CONCURRENCY is ignored when AUTOSCALE_WORKERS is enabled.");

        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.Contains("no longer reads \"WEB_CONCURRENCY\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// A service release whose heading names the extension it needs (a heading word equal to the extension's name, or
    /// Promscale's connector and extension sharing one name) is still a service release with an image to roll out.
    /// </summary>
    [Theory]
    [InlineData("## 2.3.0 - faster vector search\n\n- Requires pgvector 0.7: run `ALTER EXTENSION vector UPDATE;` on the database before deploying.\n- Added HNSW indexes for document embeddings.\n- The search API now returns similarity scores.")]
    [InlineData("## Promscale 0.17.0\n\n- The connector now batches remote-write requests per series, cutting CPU by 30%.\n- Requires the promscale extension 0.8.0: run `ALTER EXTENSION promscale UPDATE;` after installing the new extension package.")]
    public void ReleaseIsExtension_ServiceHeadingNamesTheExtension_StillRollsOutTheImage(string notes)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.Steps, step => step.Action.Contains("rollout of", StringComparison.Ordinal));
    }

    /// <summary>Topics a service needs created are a broker's, whatever quantifier stands before them.</summary>
    [Fact]
    public void Messaging_FollowingTopicsToCreate_IsStillAMessagingChange()
    {
        var plan = Plan("## 6.1.0\n\n- The order service now publishes to the following two topics, which must exist before the rollout: `orders.created.v2` and `orders.cancelled.v2`.");

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Create or change the topics", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Messaging rollback", StringComparison.Ordinal));
    }

    /// <summary>
    /// An optional clean-up the notes offer "once you have verified the upgrade" deletes what the previous version reads: it
    /// is no step inside tonight's window, where it would break the version rollback (find's "{}" used to keep it out).
    /// </summary>
    [Fact]
    public void NotesCommands_OptionalCleanupWithFindExecRm_IsNotPlannedInTheWindow()
    {
        var plan = Plan("## 2.8.0\n\n- Thumbnails are now generated on demand and cached in Redis.\n\nIf you want to reclaim disk space, the old thumbnail folders can be deleted once you have verified the upgrade:\n\n```\nfind /data/media -type d -name thumbs -exec rm -r {} +\n```\n");

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("-exec rm -r", StringComparison.Ordinal));
    }

    /// <summary>
    /// A schema migration command ("php artisan migrate") is no data work of the notes' own: the backfill the notes
    /// describe keeps its dry run, which the verification line ("match the dry run") still relies on.
    /// </summary>
    [Fact]
    public void DataCommands_SchemaMigrateCommand_DoesNotReplaceTheBackfillDryRun()
    {
        var plan = Plan("## 7.0.0\n\n- This release backfills `orders.currency` for existing orders (~18M rows).\n\nAfter upgrading, run:\n\n```\nphp artisan migrate --force\n```\n");

        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("The data work the notes give", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains("dry-run", StringComparison.Ordinal));
    }
}
