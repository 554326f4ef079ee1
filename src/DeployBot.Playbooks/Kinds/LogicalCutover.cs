using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A PostgreSQL blue/green upgrade fed by logical replication: green is subscribed to blue, so the gate is the
/// subscription's state and lag, not a copy; logical replication carries neither DDL nor sequence values, so the schema
/// is frozen and the sequences are set on green at the cutover; the cutover pauses writes at the pooler, waits for lag 0,
/// repoints and resumes. Blue keeps what it had at the cutover and nothing written on green after it.
/// </summary>
internal static class LogicalCutover
{
    /// <summary>A PostgreSQL database switched by logical replication (the notes say so and name PostgreSQL or its tools).</summary>
    public static bool Applies(PlanFacts facts, BlueGreen blueGreen) =>
        blueGreen.Logical && (KindEvidence.IsPostgres(facts.Notes) || StatefulSoftware.Read(facts.Notes).Any(change => change.Name == "PostgreSQL"));

    public static IEnumerable<TimedStep> Steps(PlanFacts facts, BlueGreen blueGreen)
    {
        var (blue, green) = Names(facts);
        if (!blueGreen.NewExists)
        {
            yield return Manual(Phase.Expand, $"Create {green} beside {blue}: the schema from `pg_dump --schema-only`, the extensions, then `CREATE PUBLICATION` on blue and `CREATE SUBSCRIPTION` on green, and wait until the initial copy is done (`SELECT srrelid::regclass, srsubstate FROM pg_subscription_rel;` shows every table in state `r`)", null, 30);
        }

        var phase = blueGreen.NewExists ? Phase.Prepare : Phase.Expand;
        yield return Manual(phase, $"Replication gate: on green, `SELECT subname, pid, received_lsn, latest_end_lsn, last_msg_receipt_time FROM pg_stat_subscription;` shows a running worker (a pid) for every subscription and a receipt time within seconds; on blue, `SELECT application_name, state, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS lag_bytes FROM pg_stat_replication;` shows each subscription `streaming` with lag near 0. Do not go on while a subscription is down or its lag keeps growing", null, 5);
        var named = blueGreen.Extensions.Count > 0 ? $": {Wording.Code(blueGreen.Extensions)} are there{(blueGreen.NewExists ? " (the notes say they were re-created already)" : string.Empty)}, and" : ":";
        yield return Manual(phase, $"On green, in each database, `SELECT extname, extversion FROM pg_extension;`{named} the list matches blue's apart from versions (logical replication does not create extensions)", null, 5);
        yield return Manual(phase, "Prepare the sequence resync (logical replication does not copy sequence values): on blue, `SELECT format('SELECT setval(%L, %s, true);', schemaname || '.' || sequencename, last_value) FROM pg_sequences WHERE last_value IS NOT NULL;` generates the script; run it once on green now as a rehearsal", null, 5);
        yield return Manual(Phase.Switch, Cutover(blueGreen, facts, blue), null, blueGreen.Minutes ?? 5);
        var connections = blueGreen.Pooler is { } pooler ? $"{pooler}'s `SHOW SERVERS;` lists only green's host" : "the application's connections go to green's host";
        yield return Manual(Phase.Switch, $"Verify writes on green: one test write through the application succeeds, {connections}, the logs show no duplicate-key errors (a sequence left behind), and on blue `pg_stat_activity` shows no application sessions; then `ALTER SUBSCRIPTION … DISABLE;` on green so nothing from blue is applied any more", null, 5);
    }

    public static string Check(PlanFacts facts, BlueGreen blueGreen)
    {
        var (blue, _) = Names(facts);
        return $"Blue/green: {blue} keeps serving, unchanged, until the cutover, {Kept(blueGreen)}; no schema change on blue until then (logical replication does not carry DDL), and every replicated table has a primary key or a replica identity.";
    }

    public static string Verification(BlueGreen blueGreen) =>
        $"After the cutover: {(blueGreen.Pooler is { } pooler ? $"{pooler}'s `SHOW DATABASES;` points at green's host" : "the application connects to green's host")}, new rows land on green, no duplicate-key errors appear (sequences resynced), and blue's `pg_current_wal_lsn()` stops moving (it gets no writes).";

    public static string Rollback(PlanFacts facts, BlueGreen blueGreen)
    {
        var (blue, _) = Names(facts);
        var within = blueGreen.KeptFor is { } kept ? $" (possible while blue is kept: {kept}, as the notes say)" : " (possible only while blue is kept)";
        var pause = blueGreen.Pooler is { } pooler ? $"`PAUSE` in {pooler}, then " : "stop writes, then ";
        return $"Blue/green rollback{within}: {pause}{Repoint(blueGreen, $"back at {blue}")}. Writes made on green after the cutover are not on blue, since logical replication ran from blue to green only, unless reverse replication (green to blue) was set up at the cutover; without it, export those rows from green (by timestamp) and re-apply them on blue, or accept losing them, and resync blue's sequences the same way. Decide early: every minute on green adds writes to carry back.";
    }

    /// <summary>Blue and green with the engine versions the notes give: "blue (PostgreSQL 12)", "green (PostgreSQL 16)".</summary>
    public static (string Blue, string Green) Names(PlanFacts facts)
    {
        var engine = EnginePlaybook.Versions(facts);
        return ($"blue ({engine.Old})", $"green ({engine.New})");
    }

    private static string Cutover(BlueGreen blueGreen, PlanFacts facts, string blue)
    {
        var period = blueGreen.Minutes is { } minutes ? $"the ~{minutes} min read-only the notes give" : "a short read-only";
        var pause = blueGreen.Pooler is null
            ? "stop writes (the application's read-only mode)"
            : $"`PAUSE` in {blueGreen.Pooler}'s admin console for the database entry that serves {EnginePlaybook.Versions(facts).Database} (new queries wait, none fail)";
        return $"Cutover, {period}: {pause}; wait until lag is 0 (blue's `pg_current_wal_lsn()` equals green's `latest_end_lsn` in `pg_stat_subscription`); run the sequence script generated now on blue against green; {Repoint(blueGreen, "at green")}; check that one write succeeds, and leave {blue} untouched";
    }

    private static string Repoint(BlueGreen blueGreen, string target) => blueGreen.Pooler is { } pooler
        ? $"point {pooler}'s `[databases]` entry {target}, `RELOAD;`, then `RESUME`"
        : $"point the connection {target} and let writes through again";

    private static string Kept(BlueGreen blueGreen) =>
        blueGreen.KeptFor is { } kept ? $"and is kept {kept} after it, as the notes say (it is the way back)" : "and how long it is kept after it is agreed (it is the way back)";
}
