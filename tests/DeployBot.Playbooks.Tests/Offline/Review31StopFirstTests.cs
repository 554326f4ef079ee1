using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Procedures that stop the service first (FRESH27 TeslaMate "upgrading postgres": back up, stop, delete the volume, start the
/// new database, restore; Akka.NET ddata: "take your cluster offline", then roll out, irreversible). The notes here are this
/// file's own, in other projects' words; the FRESH27 fixtures are checked by their own tests below.
/// </summary>
public sealed class Review31StopFirstTests
{
    private const string BackupStopRestore = "## Moving the wiki to MariaDB 11\n\n1. Take a dump of the wiki database with `./bin/dump.sh`.\n2. Stop all Wiki containers:\n\n   ```bash\n   docker compose stop\n   ```\n\n3. Remove the old data volume. This deletes every page you stored!\n\n   ```bash\n   docker volume rm wiki_db-data\n   ```\n\n4. Set the image of the `db` service to `mariadb:11` in docker-compose.yml and start it:\n\n   ```bash\n   docker compose up -d db\n   ```\n\n5. Import the dump into the new database.\n";

    /// <summary>
    /// Backup, then stop, delete, start the new database, restore: the notes' order in an announced downtime, the restore
    /// proven before the deletion, the application started once after it; no canary, and the deletion is no contract step
    /// (main: a canary first, the stop and the deletion "once the new version runs", a rows-deleting contract step).
    /// </summary>
    [Fact]
    public void BackupStopDeleteRestore_RunsInTheNotesOrderInADowntime()
    {
        var plan = Plan(BackupStopRestore);
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "as a canary"));
        Assert.DoesNotContain(actions, step => Has(step, "Contract step"));
        Assert.DoesNotContain(actions, step => Has(step, "Once the new version runs"));
        var announce = actions.FindIndex(step => Has(step, "Announce the downtime"));
        var proven = actions.FindIndex(step => Has(step, "prove that the backup") && Has(step, "restored"));
        var stop = actions.FindIndex(step => Has(step, "`docker compose stop`"));
        var delete = actions.FindIndex(step => Has(step, "`docker volume rm wiki_db-data`"));
        var database = actions.FindIndex(step => Has(step, "`docker compose up -d db`"));
        var restore = actions.FindIndex(step => Has(step, "Restore the backup"));
        var start = actions.FindIndex(step => Has(step, "only once every step the notes put before it is done"));
        Assert.True(announce >= 0 && announce < stop && proven >= 0 && proven < stop && stop < delete && delete < database && database < restore && restore < start, Dump(plan));
        Assert.Contains("proven to restore", actions[delete], StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => Has(line, "comes back only from the backup"));
    }

    /// <summary>Counterexample: a procedure whose first step upgrades (no stop before it) keeps its canary and plans no restore.</summary>
    [Fact]
    public void ProcedureThatUpgradesBeforeItStops_KeepsTheCanary()
    {
        var plan = Plan("## 2.4.0\n\nFollow these steps:\n\n1. Upgrade the web nodes to 2.4.0.\n2. Stop the old import worker once the new one is healthy.\n3. Remove the old spool directory.\n");

        Assert.Contains(Actions(plan), step => Has(step, "as a canary"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "prove that the backup"));
    }

    private const string TakeOffline = "### Switching the lock store\n\nTo apply this upgrade:\n\n1. Take all scheduler nodes offline and\n2. Deploy the new version with the `lock-store = \"raft\"` setting on every node.\n\nOn the first start the following will happen:\n\n1. The old lock table is split up per node;\n2. Legacy lock entries will be upgraded to the new storage format; and\n3. Nothing more is written to the lock table.\n\n> This conversion is irreversible once completed.\n";

    /// <summary>
    /// "1. Take X offline 2. Deploy …": every node is stopped, then all start on the new version at once, with the
    /// go/no-go before the irreversible conversion; the list of what happens by itself is no step of the plan (main: a canary
    /// beside live nodes, and "Upgrade Legacy … (the notes' step 4)" as a 30-minute step).
    /// </summary>
    [Fact]
    public void TakeTheClusterOffline_StopsEveryNodeThenStartsAllAtOnce()
    {
        var plan = Plan(TakeOffline);
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "as a canary"));
        Assert.DoesNotContain(actions, step => Has(step, "the notes' step 4") || Has(step, "the notes' step 3"));
        var announce = actions.FindIndex(step => Has(step, "Announce the downtime") && Has(step, "all scheduler nodes"));
        var stop = actions.FindIndex(step => Has(step, "stop all scheduler nodes"));
        var start = actions.FindIndex(step => Has(step, "on every replica at once"));
        Assert.True(announce >= 0 && announce < stop && stop < start, Dump(plan));
        Assert.Contains(actions, step => Has(step, "Go/no-go"));
    }
}
