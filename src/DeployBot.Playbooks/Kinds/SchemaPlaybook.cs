using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Schema migration as expand/contract: the expand part before the rollout so both versions run against it; the
/// destructive items wait for <see cref="ContractPlaybook"/> after the rollout.
/// </summary>
internal sealed partial class SchemaPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Schema;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var migrations = facts.Paths.Migrations;
        var destructive = facts.Destructive;
        var additive = facts.ItemsWith(RiskArea.Schema, destructive: false);
        if (facts.VendorMigration is { } vendor && (vendor.Rewrites || !InNotesCommands(facts, vendor)))
        {
            // The notes' own migration is the migration; when it renames or retypes columns it rewrites the tables in place.
            yield return Manual(Phase.Expand, VendorSteps.Run(facts, vendor), facts.Paths.Migrations, vendor.Rewrites ? 20 : 10);
            yield break;
        }

        if (OnlyContracts(facts) || ReworkedByRelease(facts) || OwnMigration(facts) is not null)
        {
            // Nothing to expand: the contract steps after the rollout are the whole migration, the new version reworks the
            // database itself as it starts (the self-deletion step before the rollout says so), or the notes' own migration
            // command is the migration (its step quotes it).
            yield break;
        }

        if (facts.Parallel is { } parallel)
        {
            foreach (var step in ParallelSteps(facts, parallel))
            {
                yield return step;
            }

            yield break;
        }

        // "order_items.order_id FK gets the same treatment": the objects such an item names go through the same migration.
        var touched = Added([.. additive, .. facts.Analysis.Items.Where(item => !additive.Contains(item) && Likewise().IsMatch(item.Text) && NotesFacts.ObjectsOf(item.Text).Count > 0)], facts.Notes);
        var run = $"with {facts.Paths.MigrationTool}{(touched.Length == 0 ? string.Empty : " for " + touched[2..])}";
        // "A new table is required to be created": the new version fails without it, so it exists before any new replica serves.
        var required = additive.Any(item => SqlCreates.AsksToCreate(item.Text)) ? " (the new version requires it, so it exists before any new replica serves traffic)" : string.Empty;
        // The notes say the older version cannot use the migrated database: the migration is no expand both versions run against.
        var expand = facts.NoWayBack is { OnData: true } oneWay
            ? $"Run the migration {run}{required}: once it has changed the database, {oneWay.Previous} cannot use it (as the notes say), so from here the way back is the snapshot"
            // A deletion the new version makes itself as it starts has no contract step to wait for.
            : destructive.Count == 0 || !facts.PartsOfDestructive.Any(parts => parts.Contracted is not null)
            ? $"Run the expand migration {run}{required}: new columns nullable or with defaults, indexes built concurrently, no long table locks, so the running version keeps working"
            : $"Run the expand part of the migration {run} (what the new version needs to start); the drops, renames and type changes listed below wait for the contract steps after the rollout";
        yield return Automated(Phase.Expand, expand, migrations, 10);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (Swap().Match(facts.Notes) is { Success: true })
        {
            yield return "The copy is checked before the swap: row counts match (per partition, for a partitioned table) and the newest rows arrived; the swap renames both tables in one transaction with a short lock_timeout.";
        }

        if (facts.Parallel is { } parallel)
        {
            yield return $"Parallel upgrade path: the {parallel.New} gets its own databases, sized for what it collects while both run; no migration touches the {parallel.Old}'s databases, and how long the {parallel.Old} is kept after the switch (it is the way back) is agreed.";
            yield break;
        }

        if (ReworkedByRelease(facts))
        {
            yield break;
        }

        yield return OnlyContracts(facts) || OwnMigration(facts) is not null || facts.NoWayBack is { OnData: true }
            ? $"Migrations in `{facts.Paths.Migrations}` are reviewed for lock time on the largest tables."
            : $"Migrations in `{facts.Paths.Migrations}` are reviewed for lock time on the largest tables, and the expand part has a tested down-migration.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Database: the migration finished without errors, no lock waits or replication lag above 30 seconds, and the slow-query log is clean.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (Swap().Match(facts.Notes) is { Success: true } swap)
        {
            // "copy 1.2B rows …, swap names sunday night": the swap is undone by swapping back, the old table's drop is not.
            yield return $"Table swap, as the notes put it (\"{swap.Value.Trim()}\"): until the old table is dropped, it is undone by swapping the names back (copy back first any rows written to the new table since). Dropping the old table afterwards cannot be reversed: keep it until the new one is verified, a follow-up with its own approval, and take a snapshot right before the drop and record its id, the only way back after it, losing writes made since.";
        }

        if (OnlyContracts(facts))
        {
            // The contract steps' own rollback line (the snapshot) is the way back; there is no expand part to undo.
            yield break;
        }

        if (ReworkedByRelease(facts))
        {
            var rework = facts.ItemsWith(RiskArea.Schema, destructive: false)[0];
            yield return $"Migration rollback: none to run: the new version reworks the database itself as it starts (the notes: \"{NotesQuote.Words(rework.Text, 160)}\"), with no down-migration of yours to undo it, so the way back is the snapshot (below).";
            yield break;
        }

        if (facts.Parallel is { } parallel)
        {
            yield return $"Migration rollback: the new schemas have no down-migration to the old ones, and none is needed: the {parallel.Old} and its databases are never migrated, so the way back is switching back to the {parallel.Old} while it still runs; decommission it only once the {parallel.New} is validated, and know that what reaches only the {parallel.New} after the switch is not in the {parallel.Old}.";
            yield break;
        }

        if (facts.NoWayBack is { OnData: true } stated)
        {
            // The notes say the older version cannot use the migrated database: a down-migration is no way back to promise.
            yield return $"Migration rollback: none to rely on: the notes say {stated.Previous} cannot use the database once {stated.When} has changed it, so the way back after the migration is the snapshot (the point of no return below).";
            yield break;
        }

        if (facts.VendorMigration is { Rewrites: true } rewrite)
        {
            yield return VendorSteps.Rollback(rewrite);
            yield break;
        }

        if (OwnMigration(facts) is { } own)
        {
            yield return $"Migration rollback: the migration is the notes' own command (`{own}`): undo it only as its project documents (its down-migration, if it has one); otherwise the way back after it is the snapshot taken right before it.";
            yield break;
        }

        var named = Added(facts.ItemsWith(RiskArea.Schema, destructive: false), facts.Notes);
        var part = named.Length == 0 ? string.Empty : $" ({named[2..]})";
        yield return $"Migration rollback: the expand part{part} is backwards compatible, so the previous version runs against it; if it must go, run its down-migration from `{facts.Paths.Migrations}`.";
    }

    /// <summary>
    /// The notes' upgrade path is a second installation beside the running one: its schemas are created on its own
    /// databases, data goes to both, and the switch (<see cref="SwitchPlaybook"/>) comes once the new one is validated.
    /// </summary>
    private static IEnumerable<TimedStep> ParallelSteps(PlanFacts facts, ParallelInstance parallel)
    {
        yield return Automated(Phase.Expand, $"Give the {parallel.New} its own, new databases and let the new version create its schemas there as it starts; nothing migrates the {parallel.Old}'s databases in place, and the {parallel.Old} keeps serving unchanged", null, 15);
        // The new installation is a deployment of its own: the running one is never canaried onto the new version.
        var version = NotesFacts.VersionOf(facts.Notes, null) is { } v ? $"version {v}" : "the new version";
        yield return Automated(Phase.Expand, $"Deploy {version} as the {parallel.New}: a separate deployment with its own name, service and configuration, pointed at those new databases; the {parallel.Old}'s deployment, image and config are not touched, and wait until every pod of the {parallel.New} is ready", facts.Paths.Deployment, 15);
        var both = parallel.DualWrite ? "as the notes' upgrade path says" : "so that it holds what the old one holds";
        yield return Manual(Phase.Rollout, $"Once the {parallel.New} runs, write data to both instances (every sender or writer points at the {parallel.Old} and the {parallel.New}), {both}, and let the {parallel.New} collect data until there is enough to validate it against the {parallel.Old}", null, 15);
    }

    /// <summary>
    /// The release reworks the database itself when it starts: it deletes something on its own (<see cref="SelfDeletion"/>:
    /// "the old table … will be dropped and a new one … created") and its other schema items only say so ("This change
    /// needed a rework of the database table"), naming nothing to add. There is no expand migration of the team's to run
    /// or to undo with a down-migration: the new version does it all, and the way back is the snapshot.
    /// </summary>
    internal static bool ReworkedByRelease(PlanFacts facts)
    {
        if (facts.Parallel is not null || facts.NoWayBack is { OnData: true } || !SelfDeletion.DeletedNames(facts).Any())
        {
            return false;
        }

        var additive = facts.ItemsWith(RiskArea.Schema, destructive: false);
        return additive.Count > 0 && Added(additive, facts.Notes).Length == 0 && !additive.Any(item => SqlCreates.AsksToCreate(item.Text));
    }

    /// <summary>
    /// The migration command the notes give ("run `make upgrade-database`", "`rails generate x:update &amp;&amp; rails
    /// db:migrate`", "`php artisan migrate`"): that is how this release's schema changes, quoted in its own step, so no
    /// generic "expand migration with your migration tool" is added beside it and no down-migration is promised.
    /// </summary>
    internal static string? OwnMigration(PlanFacts facts) =>
        facts.NotesCommands.Select(command => command.Command).FirstOrDefault(MigrationCommands.Migrates) ?? facts.VendorMigration?.Command;

    /// <summary>The notes' command is among those another step already runs as the notes give it.</summary>
    private static bool InNotesCommands(PlanFacts facts, VendorMigration vendor) =>
        facts.NotesCommands.Any(command => command.Command.Equals(vendor.Command, StringComparison.Ordinal));

    /// <summary>The release only drops, renames or narrows: nothing to expand, and the contract steps are the whole migration.</summary>
    private static bool OnlyContracts(PlanFacts facts) =>
        facts.Destructive.Count > 0 && facts.ItemsWith(RiskArea.Schema, destructive: false).Count == 0;

    /// <summary>A rename swap of two tables: "swap names sunday night", "rename-swap the tables", "table swap".</summary>
    [GeneratedRegex(@"[^.;,\n]*(?:\bswap\w*\s+(?:the\s+)?(?:table\s+)?(?:names?|tables?)\b|\brename[\s-]swap\w*|\b(?:names?|tables?)\s+swap\w*)[^.;,\n]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Swap();

    [GeneratedRegex(@"\bsame\s+(?:treatment|change|steps?|migration)\b|\blikewise\b|\bas\s+well\b|\bebenso\b|\bgleiche\s+Behandlung\b|\bde\s+m[êe]me\b|\bm[êe]me\s+traitement\b|\bmismo\s+tratamiento\b|\bmesmo\s+tratamento\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Likewise();
}
