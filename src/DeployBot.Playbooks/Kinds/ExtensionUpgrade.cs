using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The part of an engine upgrade for a PostgreSQL extension (TimescaleDB, pgvector, PostGIS, pg_partman…): the new
/// package on every server first, replicas then primary, then <c>ALTER EXTENSION … UPDATE</c> on the primary in each
/// database that has it, checked in <c>pg_extension</c>. Beside a <c>pg_upgrade</c> of the engine, the package goes in
/// with the new binaries (the upgrade's check needs its library) and the update runs once the new engine is up. No image
/// is rolled out, and most extension updates have no way down: the way back is the snapshot taken before the update.
/// </summary>
internal static partial class ExtensionUpgrade
{
    /// <param name="engine">The engine upgraded by pg_upgrade in the same release, or null when only the extension moves.</param>
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, StatefulChange change, EngineVersions? engine)
    {
        var ext = change.Extension ?? change.Name.ToLowerInvariant();
        var from = change.From is { } version ? $" has an update path from {version} and" : string.Empty;
        var host = engine is null ? "the PostgreSQL major version the servers run" : engine.New;
        yield return Manual(Phase.Prepare, $"Confirm that {Named(change)}{from} is packaged for {host}{(Rehearsal.IsRehearsal(facts) ? string.Empty : ", as rehearsed on staging")}, and list the databases that have it with their version (`SELECT extversion FROM pg_extension WHERE extname = '{ext}'` in each database){Before(change)}", null, 5);
        if (engine is null)
        {
            var preload = change.Name is "TimescaleDB" or "pg_cron"
                ? $"; it is loaded through `shared_preload_libraries`, so check {change.Name}'s release notes for whether PostgreSQL must restart to load the new library (on the primary, a restart is a failover)"
                : string.Empty;
            yield return Manual(Phase.Upgrade, $"Install {Package(change)} on every PostgreSQL server, the replicas first and then the primary, without running ALTER EXTENSION yet: the replicas need the new library before the primary's update replicates to them{preload}", null, 10);
            yield return Manual(Phase.Upgrade, $"On the primary, {Update(change, ext)} in each database that has it (the list above); it replicates to the replicas", null, 10);
        }
        else
        {
            yield return Manual(Phase.Prepare, $"Install {Package(change)} built for {engine.New} beside the {engine.New} binaries, on the primary and on the hosts the replicas are rebuilt on, before `pg_upgrade --check`: the check fails when a library the {engine.Old} cluster uses is missing from the new binaries. pg_upgrade carries {change.Name} over at the version {engine.Old} has; do not run ALTER EXTENSION yet", null, 10);
            yield return Manual(Phase.Upgrade, $"After the engine upgrade, once {engine.New} is up and checked: on the new primary, {Update(change, ext)} in each database that has it (the list above)", null, 10);
        }

        if (change.IsMajor || change.From is null)
        {
            var major = change.IsMajor ? $"{change.Name} {change.From} → {change.To} is a major update"
                : change.To is null ? $"If the list above shows {change.Name} on an older major version than the package installed, this is a major update"
                : $"If the list above shows {change.Name} on an older major version than {change.Target}, this is a major update";
            yield return Manual(Phase.Upgrade, $"{major}: do the extra upgrade steps its release notes give for it ({Changes(change)}){(Rehearsal.IsRehearsal(facts) ? $", written down as {Rehearsal.ThisRun(facts)}" : ", as rehearsed on staging")}, before the application relies on it", null, 10);
        }

        if (change.Name == "pg_partman")
        {
            yield return Automated(Phase.AfterRollout, "Check that partition maintenance still runs after the update: `CALL partman.run_maintenance_proc();` (in the schema pg_partman is installed in) succeeds in each database that has it, the job that runs it (the `pg_partman_bgw.*` background worker settings in postgresql.conf, or the pg_cron or cron job) ran since the update without errors in the PostgreSQL log, and the next partitions exist", null, 5);
        }

        yield return Automated(Phase.AfterRollout, $"Check that `SELECT extversion FROM pg_extension WHERE extname = '{ext}'` returns {Reported(change)} in every database that has it, on the primary and on a replica", null, 5);
    }

    public static string Check(PlanFacts facts, StatefulChange change, EngineVersions? engine) =>
        $"{change.Name} extension: the target version is packaged for {(engine is null ? $"the PostgreSQL version {facts.Env} runs" : engine.New)}, {(Rehearsal.IsRehearsal(facts) ? $"{Rehearsal.ThisRun(facts)}: update it on a copy with production's PostgreSQL and {change.Name} versions, time it and {Rehearsal.RecordTime}" : $"the update was rehearsed on a staging copy with the same PostgreSQL and {change.Name} versions")}{(engine is null ? string.Empty : $" (updated after the engine upgrade, as tonight)")}, and the databases that have it are known.";

    public static string Verification(StatefulChange change) =>
        $"{change.Name}: `SELECT extversion FROM pg_extension WHERE extname = '{change.Extension}'` returns {Reported(change)} in every database that has it, the queries that use it pass in the smoke tests with their usual latency, and the PostgreSQL log shows no errors loading its library.";

    public static string Rollback(StatefulChange change, EngineVersions? engine) => engine is null
        ? $"Extension rollback: {change.Describe()} — before ALTER EXTENSION runs, the way back is to reinstall the previous package; after it, {change.Name} cannot be downgraded in place (extension updates have no path down), so the way back is restoring the snapshot taken right before the update (its id recorded), losing writes made since."
        : $"Extension rollback: {change.Describe()} — until ALTER EXTENSION runs, {engine.New} keeps {change.Name} at the version {engine.Old} had, so the update can wait; after it, {change.Name} cannot be downgraded in place (extension updates have no path down), and the way back is the engine's: restoring the snapshot of the stopped {engine.Old} data directory, losing every write made since.";

    /// <summary>
    /// An update the notes state outright ("Fix the schema version to 1.6 (requires ALTER EXTENSION pg_cron UPDATE)")
    /// for an extension no engine upgrade in this plan covers: the new package on every server first, then the statement
    /// as the notes give it, on the primary, with a snapshot right before it since it has no way down.
    /// </summary>
    public static IEnumerable<TimedStep> StatedSteps(PlanFacts facts)
    {
        foreach (var (ext, statement, line) in StatedUpdates(facts))
        {
            yield return Manual(Phase.Upgrade, $"Install the new {ext} package on every PostgreSQL server, the replicas first and then the primary, without running ALTER EXTENSION yet (line {line} of the notes requires `{statement}` after it): the replicas need the new library before the primary's update replicates to them", null, 10);
            yield return Manual(Phase.AfterRollout, $"Once every PostgreSQL server has the new {ext} package: take a database snapshot and record its id (the update has no way down), then on the primary run `{statement};` in each database that has {ext} (line {line} of the notes), and check that `SELECT extversion FROM pg_extension WHERE extname = '{ext}'` shows the new version on the primary and on a replica", null, 10);
        }
    }

    public static IEnumerable<string> StatedChecks(PlanFacts facts) =>
        StatedUpdates(facts).Select(update => $"{update.Extension} extension: line {update.Line} of the notes requires `{update.Statement}` once the new package is on every server; the databases that have {update.Extension} are known{(Rehearsal.IsRehearsal(facts) ? $"; {Rehearsal.ThisRun(facts)}, so time the update" : " and the update was rehearsed on a staging copy first")}.");

    public static IEnumerable<string> StatedRollback(PlanFacts facts) =>
        StatedUpdates(facts).Select(update => $"Extension rollback ({update.Extension}): not reversible once `{update.Statement}` has run: {update.Extension} cannot be downgraded in place (extension updates have no path down), so redeploying the previous version does not undo it; before it runs, the way back is reinstalling the previous package, after it, restoring the snapshot taken right before the update, losing writes made since.");

    /// <summary>The extensions whose update the notes state and this plan runs (<see cref="StatedSteps"/>); the snapshot before each is its only way back.</summary>
    public static IReadOnlyList<string> StatedExtensions(PlanFacts facts) => [.. StatedUpdates(facts).Select(update => update.Extension)];

    /// <summary>The extension updates the notes state, once each, but not those an engine upgrade in this plan already carries out.</summary>
    private static IEnumerable<(string Extension, string Statement, int Line)> StatedUpdates(PlanFacts facts)
    {
        var planned = facts.Is(ChangeKind.Engine)
            ? StatefulSoftware.Read(facts.Analysis.Items.Select(item => item.Text).DefaultIfEmpty(facts.Notes)).Where(change => change.Family == StatefulFamily.Extension)
                .Select(change => change.Extension ?? change.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        var lines = NotesLines.Of(facts.Notes);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in StatedUpdate().Matches(lines[i]))
            {
                var ext = match.Groups["ext"].Value;
                if (!planned.Contains(ext) && seen.Add(ext))
                {
                    yield return (ext, match.Value.Trim(), i + 1);
                }
            }
        }
    }

    /// <summary>Whether a command the notes give is an extension update, which <see cref="StatedSteps"/> runs in its place.</summary>
    public static bool IsStatedUpdate(string command) => StatedUpdate().IsMatch(command);

    [GeneratedRegex(@"\bALTER\s+EXTENSION\s+(?:IF\s+EXISTS\s+)?""?(?<ext>[A-Za-z_][\w]*)""?\s+UPDATE(?:\s+TO\s+'[^'\n]{1,20}')?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StatedUpdate();

    /// <summary>pg_partman 5 removes trigger-based partitioning: a partition set still using it must move first.</summary>
    private static bool ToPartman5(StatefulChange change) => change.Name == "pg_partman" && change.To?.Split('.')[0] == "5";

    private static string Before(StatefulChange change) => ToPartman5(change)
        ? "; pg_partman 5 removes trigger-based partitioning, so confirm too that no partition set in `part_config` still uses it (otherwise stop: it must move to native partitioning first)"
        : string.Empty;

    /// <summary>What a major update changes, as its release notes say.</summary>
    private static string Changes(StatefulChange change) => ToPartman5(change)
        ? "pg_partman 5 changes its configuration table, its maintenance functions and its background worker settings"
        : "changed functions, configuration or background workers";

    /// <summary>"pg_partman 5", or "the newest pgvector" when the notes bump it with no version.</summary>
    private static string Named(StatefulChange change) => change.To is null ? $"the newest {change.Name}" : $"{change.Name} {change.To}";

    private static string Package(StatefulChange change) => change.To is null ? $"the newest {change.Name} package" : $"the {change.Name} {change.To} package";

    /// <summary>"2.17.x" for "2.17": extensions report their full version.</summary>
    private static string Reported(StatefulChange change) =>
        change.To is { } to && to.Count(c => c == '.') < 2 ? $"{to}.x" : change.Target;

    /// <summary>
    /// The update statement: to the version the notes give when it is exact ("2.17.1"), otherwise to the installed
    /// package's default ("2.17" is no extension version; "2.17.0" is). PostGIS updates itself and its companions;
    /// TimescaleDB wants a fresh session.
    /// </summary>
    private static string Update(StatefulChange change, string ext)
    {
        var to = change.To is { } version && version.Count(c => c == '.') == 2 ? $" TO '{version}'" : string.Empty;
        return change.Name switch
        {
            "PostGIS" => "run `SELECT postgis_extensions_upgrade();` (it updates postgis and the postgis_* extensions installed beside it)",
            "TimescaleDB" => $"run `ALTER EXTENSION timescaledb UPDATE{to};` as the first command of a fresh `psql -X` session (TimescaleDB requires it)",
            _ => $"run `ALTER EXTENSION {ext} UPDATE{to};`",
        };
    }
}
