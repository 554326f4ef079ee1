using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Datastore or engine upgrade: snapshot before anything irreversible, clients checked for compatibility, the upgrade
/// timed from the notes; the way back is the downgrade path if one exists, otherwise the snapshot. What is upgraded
/// (<see cref="StatefulSoftware"/>) shapes the steps: the primary database engine in place (or by its switchover), a
/// PostgreSQL extension by package then ALTER EXTENSION (<see cref="ExtensionUpgrade"/>), clustered software member by
/// member (<see cref="ClusterUpgrade"/>).
/// </summary>
internal sealed class EnginePlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Engine;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var parts = Parts(facts);
        var steps = new List<TimedStep>();
        if (parts.Engine)
        {
            steps.AddRange(EngineSteps(facts));
        }

        // Beside a pg_upgrade, an extension's package goes in with the new binaries and its update follows the new engine.
        var engine = PgUpgraded(facts, parts.Engine);
        foreach (var change in parts.Extensions)
        {
            steps.AddRange(ExtensionUpgrade.Steps(facts, change, engine));
        }

        foreach (var (change, _) in parts.Clusters)
        {
            steps.AddRange(KraftMigration.Steps(facts, change));
        }

        foreach (var (change, profile) in parts.Clusters)
        {
            steps.AddRange(ClusterUpgrade.Steps(facts, change, profile));
        }

        return steps;
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var parts = Parts(facts);
        if (parts.Engine && InPlace(facts) is { } inPlace)
        {
            yield return InPlaceUpgrade.Check(facts, inPlace, Versions(facts));
        }
        else if (parts.Engine)
        {
            yield return Rehearsal.IsRehearsal(facts)
                ? $"Engine upgrade: {Rehearsal.ThisRun(facts)}: run it on a copy of production's data, time it and {Rehearsal.RecordTime}, confirm client compatibility, and find out the downgrade path (usually none for a major version)."
                : "Engine upgrade: the upgrade was rehearsed on a staging copy of the data and timed, client compatibility is confirmed, and the downgrade path (usually none for a major version) is known.";
        }

        var engine = PgUpgraded(facts, parts.Engine);
        foreach (var change in parts.Extensions)
        {
            yield return ExtensionUpgrade.Check(facts, change, engine);
        }

        foreach (var (change, _) in parts.Clusters)
        {
            yield return ClusterUpgrade.Check(facts, change);
            foreach (var check in KraftMigration.Checks(facts, change))
            {
                yield return check;
            }
        }

        foreach (var (change, profile) in parts.Clusters)
        {
            if (ClusterUpgrade.AfterSoak(facts, change, profile) is not null)
            {
                yield return $"{change.Name}: tonight ends with every member on {change.Target} and featureCompatibilityVersion left at {change.Current}, so the binaries can still go back; raising it is a later, separate change (Rollback Readiness).";
            }
        }
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        var parts = Parts(facts);
        if (parts.Engine)
        {
            yield return "Engine: it reports the new version, replication lag is back under 30 seconds, query latency matches the pre-upgrade baseline, and the error logs are clean.";
        }

        foreach (var change in parts.Extensions)
        {
            yield return ExtensionUpgrade.Verification(change);
        }

        foreach (var (change, profile) in parts.Clusters)
        {
            yield return ClusterUpgrade.Verification(change, profile);
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        var parts = Parts(facts);
        if (parts.Engine && InPlace(facts) is { } inPlace)
        {
            yield return InPlaceUpgrade.Rollback(inPlace, Versions(facts));
        }
        else if (parts.Engine)
        {
            yield return facts.Is(ChangeKind.Switch) && BlueGreen.Read(facts.Notes) is { Logical: true } blueGreen
                ? $"Engine rollback: {LogicalCutover.Names(facts).Blue} is the way back while it is kept{(blueGreen.KeptFor is { } kept ? $" ({kept}, as the notes say)" : string.Empty)}, by the switch back above; once it is retired, a major version cannot be downgraded in place, and the way back is a logical dump of green restored into a new cluster of the old version, so decide before blue is retired."
                : facts.Is(ChangeKind.Switch)
                ? "Engine rollback: the old engine keeps its data until it is retired, so the first way back is the switch back above; once it no longer receives writes, the way back is restoring the snapshot taken right before the switch (its id recorded), losing writes made since."
                : "Engine rollback: a major-version upgrade cannot be reversed in place; the way back is restoring the snapshot taken right before the upgrade (its id recorded), losing writes made since, so decide early.";
        }

        var engine = PgUpgraded(facts, parts.Engine);
        foreach (var change in parts.Extensions)
        {
            yield return ExtensionUpgrade.Rollback(change, engine);
        }

        foreach (var (change, profile) in parts.Clusters)
        {
            yield return ClusterUpgrade.Rollback(change, profile);
            if (KraftMigration.Rollback(facts, change) is { } kraft)
            {
                yield return kraft;
            }

            if (ClusterUpgrade.AfterSoak(facts, change, profile) is { } final)
            {
                yield return final;
            }
        }
    }

    /// <summary>The primary engine's in-place upgrade (or its switchover), with the client check and ANALYZE after a PostgreSQL one.</summary>
    private static IEnumerable<TimedStep> EngineSteps(PlanFacts facts)
    {
        var minutes = facts.Names.StatedMinutes ?? 45;
        yield return Manual(Phase.Prepare, Rehearsal.IsRehearsal(facts)
            ? $"Check that every client (drivers, ORMs, extensions) supports the new engine version; {Rehearsal.Proves(facts)}"
            : "Confirm that every client (drivers, ORMs, extensions) supports the new engine version, as tested in staging", null, 5);
        // The upgrade step may name its tool ("pg_upgrade") and hosts, never a column or a setting; ANALYZE names only databases and clusters.
        var upgrades = facts.Analysis.Items.Where(item => KindEvidence.IsEngineUpgrade(item.Text)).ToArray();
        var named = Wording.Items(upgrades, NameShapes.IsNotDataOrSetting, KindEvidence.IsEngineUpgrade);
        var databases = Wording.Items(upgrades, DatabaseNames(upgrades.SelectMany(item => LineParts.Speaking(item.Text, KindEvidence.IsEngineUpgrade))), KindEvidence.IsEngineUpgrade) is { Length: > 0 } spoken
            ? spoken : Wording.Items(upgrades, DatabaseNames(upgrades.Select(item => item.Text)));
        if (!facts.Is(ChangeKind.Switch) && facts.Restored is null)
        {
            // A blue/green upgrade is its switchover (SwitchPlaybook); one by the notes' backup, delete and restore is that
            // procedure's steps (StoppedProcedure); an in-place one is this step.
            // "Upgrade PostgreSQL 13 → 16 (the orders cluster)": the engine, versions and cluster the notes give, from a fixed vocabulary.
            var engine = facts.Analysis.Items.Where(item => KindEvidence.IsEngineUpgrade(item.Text)).Select(item => PlatformFloor.EngineChange(item.Text)).OfType<string>().FirstOrDefault()
                ?? PlatformFloor.EngineChange(facts.Notes) ?? "the engine";
            if (InPlace(facts) is { } inPlace)
            {
                foreach (var step in InPlaceUpgrade.Steps(facts, inPlace, Versions(facts), minutes))
                {
                    yield return step;
                }
            }
            else
            {
                // A time the notes give was measured; the default is only an estimate for the staging rehearsal to replace.
                var timed = facts.Names.StatedMinutes is null
                    ? Rehearsal.IsRehearsal(facts) ? $"an estimate of about {minutes} minutes: time this run and {Rehearsal.RecordTime}" : $"an estimate of about {minutes} minutes: replace it with the time the staging rehearsal took"
                    : $"timed at about {minutes} minutes";
                yield return Automated(Phase.Upgrade, $"Upgrade {engine} as the notes describe and wait until it reports healthy and replicas have caught up ({timed}){named}", null, minutes);
            }
        }

        if (facts.Is(ChangeKind.Switch) && BlueGreen.Read(facts.Notes) is { Logical: true } && KindEvidence.IsPostgres(facts.Notes))
        {
            // Green serves the moment PgBouncer points at it: its statistics must be fresh before the cutover, not after.
            yield return Automated(Phase.Prepare, $"Run ANALYZE on every database of green{databases} before the cutover, so its planner statistics are fresh (the initial copy does not carry them over)", null, 10);
        }
        else if (KindEvidence.IsPostgres(facts.Notes) || StatefulSoftware.Read(facts.Notes).Any(change => change.Name == "PostgreSQL"))
        {
            yield return Automated(Phase.AfterRollout, $"Run ANALYZE on every database of the upgraded engine{databases} to rebuild planner statistics (a major upgrade does not carry them over), before judging query latency", null, 10);
        }
    }

    /// <summary>
    /// Which running names are the upgraded databases: those shaped like a database ("ledger-db-primary") when the items
    /// name one, so that a service named only as a client ("ledger-api goes read-only") is no database to ANALYZE.
    /// </summary>
    private static Func<string, bool> DatabaseNames(IEnumerable<string> items) =>
        items.SelectMany(NotesFacts.NamesIn).Select(name => name.Trim('`')).Any(name => NameShapes.IsRunningThing(name) && KindEvidence.LooksLikeDatabase(name))
            ? name => NameShapes.IsRunningThing(name) && KindEvidence.LooksLikeDatabase(name)
            : NameShapes.IsRunningThing;

    /// <summary>The engine's versions when pg_upgrade moves it in the same release: its extensions are then updated after it.</summary>
    private static EngineVersions? PgUpgraded(PlanFacts facts, bool engine) => engine && InPlace(facts) is { Mode: not null } ? Versions(facts) : null;

    /// <summary>The in-place upgrade of the primary engine when the notes state its pg_upgrade mode or its read-only period; null for a blue/green one.</summary>
    private static PgUpgrade? InPlace(PlanFacts facts) =>
        !facts.Is(ChangeKind.Switch) && PgUpgrade.Read(facts.Notes) is { } upgrade && InPlaceUpgrade.Shaped(upgrade) ? upgrade : null;

    /// <summary>The engine's versions and the database the upgrade items name ("orders-db").</summary>
    internal static EngineVersions Versions(PlanFacts facts)
    {
        var items = facts.Analysis.Items.Select(item => item.Text).DefaultIfEmpty(facts.Notes).ToArray();
        var change = StatefulSoftware.Read(items).FirstOrDefault(change => change.Family == StatefulFamily.Engine);
        var database = items.Where(KindEvidence.IsEngineUpgrade).SelectMany(NotesFacts.NamesIn).Select(name => name.Trim('`'))
            .Where(name => NameShapes.IsRunningThing(name) && StatefulSoftware.Read($"upgrade {name} to 16").Count == 0)
            .OrderByDescending(KindEvidence.LooksLikeDatabase).FirstOrDefault();
        return EngineVersions.Of(change, database);
    }

    /// <summary>
    /// The release upgrades only clustered software (Redis, Kafka, etcd…): its own backup step is the snapshot, and the
    /// primary database is not touched (Patroni restarts it), so the plan takes no database snapshot for it.
    /// </summary>
    public static bool UpgradesOnlyClusters(PlanFacts facts)
    {
        var (engine, extensions, clusters) = Parts(facts);
        return !engine && extensions.Count == 0 && clusters.Count > 0 && !clusters.Any(cluster => cluster.Profile.RunsTheDatabase);
    }

    /// <summary>
    /// What the release upgrades: extensions and clustered software each get their own part; the primary engine's
    /// part is there when the notes upgrade one, or when nothing more specific is named (the engine's own wording).
    /// A blue/green switch is the upgrade whatever the software, so it keeps the engine's part alone.
    /// </summary>
    private static (bool Engine, IReadOnlyList<StatefulChange> Extensions, IReadOnlyList<(StatefulChange Change, ClusterProfile Profile)> Clusters) Parts(PlanFacts facts)
    {
        var changes = facts.Is(ChangeKind.Switch) ? [] : StatefulSoftware.Read(facts.Analysis.Items.Select(item => item.Text).DefaultIfEmpty(facts.Notes));
        var extensions = changes.Where(change => change.Family == StatefulFamily.Extension).ToList();
        var clusters = changes.Where(change => change.Family == StatefulFamily.Cluster)
            .Select(change => (Change: change, Profile: ClusterProfile.For(change.Name))).Where(pair => pair.Profile is not null)
            .Select(pair => (pair.Change, pair.Profile!)).ToList();
        var engine = changes.Any(change => change.Family == StatefulFamily.Engine) || (extensions.Count == 0 && clusters.Count == 0);
        return (engine, extensions, clusters);
    }
}
