using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Work moved from a cron job to a long-running worker, and parts the core no longer ships (FRESH26 #7, Mautic 5). Every
/// positive failed on main at f447643 (its Host dll, same notes); the notes are this file's own, in other projects' words.
/// </summary>
public sealed class Review30WorkerTests
{
    /// <summary>
    /// "The command X for sending via cron was removed … use `Y` to start a worker": the worker is set up before the rollout,
    /// started with it while the cron entry goes, and its queue is checked to drain (main: nothing started the worker).
    /// </summary>
    [Fact]
    public void CronCommandReplacedByAWorker_StartsTheWorkerAndRemovesTheCronEntry()
    {
        var plan = Plan("## Notifications\n\n- The command `php artisan notify:dispatch` that sent notifications from a cron job has been removed; notifications now go through a queue. Run `php artisan queue:work --queue=notify` to start a worker.\n- New notification templates.\n");
        var actions = Actions(plan);

        var prepare = actions.FindIndex(step => Has(step, "Before the rollout, set up the long-running worker") && Has(step, "`php artisan queue:work --queue=notify`") && Has(step, "restart policy"));
        var start = actions.FindIndex(step => Has(step, "start the `php artisan queue:work --queue=notify` worker") && Has(step, "remove the cron entry that runs `php artisan notify:dispatch`"));
        var drains = actions.FindIndex(step => Has(step, "drains"));
        Assert.True(prepare >= 0 && prepare < start && start < drains, Dump(plan));
        Assert.Contains(plan.Rollback, line => Has(line, "Worker rollback") && Has(line, "cron entry"));
    }

    /// <summary>"Jobs are now processed by a background worker; run `bin/jobs work` …": the same requirement without a cron command named.</summary>
    [Fact]
    public void NowProcessedByAWorker_StartsTheWorker()
    {
        var plan = Plan("## 4.0.0\n\n- Exports are now processed by a background worker: run `bin/exporter work` alongside the web process.\n");

        Assert.Contains(Actions(plan), step => Has(step, "start the `bin/exporter work` worker"));
    }

    /// <summary>Counterexample: a plain cron mention ("update your cron jobs to call bin/console") adds no worker.</summary>
    [Fact]
    public void PlainCronMention_AddsNoWorker()
    {
        var plan = Plan("## 3.0.0\n\n- The console moved: update all your cron jobs and replace `app/console` with `bin/console`.\n- New file manager.\n");

        Assert.DoesNotContain(Actions(plan), step => Has(step, "worker"));
    }

    /// <summary>"must be re-created as separate plugins" is done before the rollout, not "once the new version runs" (main: after the rollout).</summary>
    [Fact]
    public void MustBeRecreatedAsSeparatePlugins_IsDoneBeforeTheRollout()
    {
        var plan = Plan("## Storage\n\n1. All the storage adapters were moved out of the core and must be re-created as separate plugins.\n2. The S3 driver is now configured with a single URL.\n");
        var actions = Actions(plan);

        Assert.Contains(actions, step => step.StartsWith("Before the rollout", StringComparison.Ordinal) && Has(step, "separate plugins"));
        Assert.DoesNotContain(actions, step => step.StartsWith("Once the new version runs", StringComparison.Ordinal) && Has(step, "separate plugins"));
    }
}
