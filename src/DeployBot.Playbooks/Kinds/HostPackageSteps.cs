using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A program installed from a package on hosts (<see cref="Package.HostPackage"/>), such as a backup tool: every host that
/// runs it listed, the package upgraded on one host and checked with the tool's own check, then on every other host, to the
/// same version everywhere. A backup tool is checked by what it does: archiving keeps working (a broken archive command
/// keeps the database's WAL on disk until the disk fills) and the next scheduled backup succeeds. A note to the people who
/// build the package concerns them, before they build it, not the hosts that install it. Part of <see cref="ToolVehicles"/>.
/// </summary>
internal static partial class HostPackageSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PackagedRelease package)
    {
        var backs = package.Backs;
        var wal = Archives(facts, package);
        yield return Manual(Phase.Prepare, $"List every host that runs the tool ({(wal ? "the backup repository host and every database host it archives from" : backs ? "every host it backs up and the backup repository host" : "every host it is installed on")}) with the package version installed now, as the rollback target: all of them go to {package.Target} in this window, none left on the old version", null, 5);
        if (PackagerNote(facts.Notes) is { } note)
        {
            yield return Manual(Phase.Prepare, $"For whoever builds the package (not the hosts that install it): the notes' note to packagers (\"{NotesQuote.Words(note.Text)}\", line {note.Line} of the notes) applies when the package is built, before this window; hosts installing the built package do nothing for it", null, 5);
        }

        if (backs)
        {
            yield return Manual(Phase.Prepare, wal
                ? "Before upgrading, confirm the tool works now: its own check command passes for every configured database (stanza or repository), the database's archiver shows no failures (PostgreSQL: `pg_stat_archiver`, `failed_count` and `last_failed_time`), and the last scheduled backup succeeded; note the WAL directory's disk use, so a failure after the upgrade is known to be new"
                : "Before upgrading, confirm the tool works now: its own check of the repository passes and the last scheduled backup succeeded, so a failure after the upgrade is known to be new", null, 10);
        }

        yield return Manual(Phase.Upgrade, $"Upgrade the package to {package.Target} on one host first with the host's package manager (pin the exact version), then run the tool's own check there{(wal ? " for every database it serves, and force one WAL switch (`SELECT pg_switch_wal();`) to see the next segment archived" : " and read its log")}", null, 15);
        yield return Manual(Phase.Rollout, $"Upgrade the package to {package.Target} on every other host the same way, then run the tool's own check on each{(wal ? " and confirm archiving still succeeds from every database host" : string.Empty)}", null, 15);
    }

    public static string Check(PlanFacts facts, PackagedRelease package) => package.Backs
        ? $"Backup tool upgrade: every host that runs it (repository host and database hosts) is listed with its installed version, the previous package is still available to reinstall, and the last scheduled backup succeeded; no traffic passes through it, so no canary is involved in {facts.Env}."
        : $"Package upgrade: every host that runs it is listed with its installed version, and the previous package is still available to reinstall; no traffic passes through it, so no canary is involved in {facts.Env}.";

    public static string Verification(PlanFacts facts, PackagedRelease package) => !package.Backs
        ? $"Package: every host runs {package.Target}, the tool's own check passes on each, and its next scheduled run completes without errors in its log."
        : !Archives(facts, package)
        ? $"Backup tool: every host runs {package.Target}, its own check of the repository passes, and the next scheduled backup completes and is listed by the tool; one file restored from it to a scratch directory matches its source."
        : $"Backup tool: every host runs {package.Target}, its own check passes for every database, the archiver's `failed_count` has not grown since the upgrade, the WAL directory's disk use is flat, and the next scheduled backup completes and is listed by the tool's info command.";

    public static string Rollback(PackagedRelease package) => package.Backs
        ? "Package rollback: reinstall the previous package version on every host (the same version everywhere, never a mix), run the tool's check again and confirm its next backup succeeds; backups taken with the new version are kept, and the previous version's info command must list them before you rely on them."
        : "Package rollback: reinstall the previous package version on every host (the same version everywhere) and run the tool's check again.";

    public static string Watch(PlanFacts facts, PackagedRelease package) => !Archives(facts, package)
        ? "Watch the tool's log on every host and its next scheduled run"
        : "Watch archiving and the WAL disk: the archiver's failures stay at 0 and the WAL directory's disk use stays flat (a broken archive command keeps WAL on disk until it fills), and the tool's log shows no errors";

    public static string Pass(PlanFacts facts, PackagedRelease package) => Archives(facts, package)
        ? "Pass: the tool's check passes on every host and no archive failure for 15 minutes; fail: any archive failure, the WAL directory growing, or a failed check."
        : "Pass: the tool's check passes on every host and its log shows no new errors; fail: a failed check or run.";

    public static IReadOnlyList<string> Triggers(PlanFacts facts, PackagedRelease package) => Archives(facts, package)
        ? ["any archive failure after the upgrade", "the WAL directory's disk use growing", "the tool's check failing on any host"]
        : ["the tool's check failing on any host", "a scheduled run failing"];

    /// <summary>A backup tool that archives a database's write-ahead log: its failure fills the database host's disk.</summary>
    private static bool Archives(PlanFacts facts, PackagedRelease package) => package.Backs && WalWords().IsMatch(facts.Notes);

    [GeneratedRegex(@"\bWAL\b|\bwrite-ahead\s+log|\bpostgres\w*|\barchiv(?:e|ing)[-_\s](?:push|get|command)\b|\basync\s+archiving\b|\barchive_command\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex WalWords();

    /// <summary>The notes' line to packagers ("NOTE TO PACKAGERS: … migrate to meson"), without markup, or null.</summary>
    private static (string Text, int Line)? PackagerNote(string notes)
    {
        var lines = NotesLines.Of(notes);
        var index = Array.FindIndex(lines, line => Packagers().IsMatch(line));
        return index < 0 ? null : (Tag().Replace(lines[index], string.Empty).Trim(), index + 1);
    }

    [GeneratedRegex(@"\bpackagers?\b|\bpackage\s+maintainers?\b|\b(?:distribution|distro)\s+packages?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Packagers();

    [GeneratedRegex(@"<[^<>\n]{1,200}>", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Tag();
}
