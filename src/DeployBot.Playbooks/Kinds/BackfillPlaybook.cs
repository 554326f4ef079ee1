using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Data backfill or reindex: batched, resumable, throttled, its duration from the dry run, with replica lag
/// and load watched.</summary>
internal sealed partial class BackfillPlaybook : IPlaybook
{
    private const int DefaultMinutes = 30;

    public ChangeKind Kind => ChangeKind.Backfill;

    /// <summary>Not a library's index rebuilt for its new on-disk format (<see cref="IndexRebuildPlaybook"/>): no database is backfilled.</summary>
    public bool Applies(PlanFacts facts) => facts.Is(Kind) && facts.IndexRebuild is null;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var minutes = facts.Names.StatedMinutes ?? DefaultMinutes;
        var source = Untimed(facts) ?? "the duration the notes give";
        // Into a new store or index (blue/green), the copy fills it before the switch; otherwise it runs once the code writing both is live.
        var phase = facts.Is(ChangeKind.Switch) ? Phase.Expand : Phase.AfterRollout;
        if (StatedCommand(facts) is { } stated)
        {
            // The notes name the command: the plan runs exactly that, and says so when the notes allow one run only.
            var once = stated.OnlyOnce ? ", once only (the notes warn against running it again)" : string.Empty;
            yield return Manual(phase, $"Run `{stated.Command}` as the notes say{once}, while watching replica lag and database load ({source})", null, minutes);
            yield break;
        }

        // The notes give their own commands for the data work ("docker compose exec imap doveadm fts rescan -A"): their steps
        // run exactly those (StatedUpgradeSteps), and a generic backfill script beside them would run something else.
        if (DataCommands(facts).Count > 0)
        {
            yield break;
        }

        // "backfill orders.currency from accounts.default_currency (~18M rows)": the step says what it fills, from where, and how much.
        var filled = Filled(facts.Notes) is { } target ? $" {target}" : string.Empty;
        var items = filled.Length > 0 ? string.Empty : Wording.Items(facts.ItemsWith(RiskArea.Data));
        yield return Automated(phase,
            $"Run {What(facts)}{filled} in small batches with a rate limit, resumable from the last batch, while watching replica lag and database load ({source}){items}",
            BackfillCommand().IsMatch(facts.Notes) ? null : facts.Paths.Backfill, minutes);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var stated = facts.Names.StatedMinutes is { } minutes ? $" (about {minutes} minutes)" : string.Empty;
        if (StatedCommand(facts) is { Command: var command })
        {
            yield return Rehearsal.IsRehearsal(facts)
                ? $"`{command}`: {Rehearsal.ThisRun(facts)}: run it on a copy of data shaped like production's, time it{stated} and {Rehearsal.RecordTime}, and check its result here."
                : $"`{command}` was run on a staging copy of production data and timed{stated}, and its result checked there.";
            yield break;
        }

        if (DataCommands(facts) is { Count: > 0 } commands)
        {
            var lines = Wording.List([.. commands.Select(command => command.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct()]);
            yield return Rehearsal.IsRehearsal(facts)
                ? $"The data work the notes give (line{(commands.Count == 1 ? string.Empty : "s")} {lines}): {Rehearsal.ThisRun(facts)}: time it{stated} and {Rehearsal.RecordTime}, and check its result here."
                : $"The data work the notes give (line{(commands.Count == 1 ? string.Empty : "s")} {lines}) was run on a staging copy of production data and timed{stated}, and its result checked there.";
            yield break;
        }

        yield return Rehearsal.IsRehearsal(facts)
            ? $"The backfill: {Rehearsal.ThisRun(facts)}: dry-run it first, then time the run{stated} and {Rehearsal.RecordTime}; it runs in batches, can pause and resume, and has a throttle."
            : $"The backfill was dry-run on a staging copy and timed{stated}; it runs in batches, can pause and resume, and has a throttle.";
    }

    /// <summary>
    /// What the run's duration rests on when the notes give none: a staging run that timed it, or, in a plan that is itself
    /// the rehearsal, this run, whose time production's plan then uses. Null when the notes give one.
    /// </summary>
    internal static string? Untimed(PlanFacts facts) =>
        facts.Names.StatedMinutes is not null ? null
        : Rehearsal.IsRehearsal(facts) ? $"no duration was given: time this run and {Rehearsal.RecordTime}"
        : "no duration was given, so time it on a staging copy first";

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Data: backfill progress and row counts match the dry run, replica lag stays under 30 seconds, and a sample of changed records is spot-checked.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        // "old key scheduled for deletion … once job reports 0 rows on old key": it ends the way back, snapshot included.
        // A destructive item's later deletions are the contract playbook's.
        foreach (var line in facts.Analysis.Items.Where(item => !item.Destructive).SelectMany(item => LaterDeletion.In(item.Text)).Select(later => later.Line).Distinct(StringComparer.Ordinal))
        {
            yield return line;
        }

        if (StatedCommand(facts) is { } stated)
        {
            var command = stated.Command;
            var again = stated.OnlyOnce ? "; never run it a second time to repair it (the notes warn against that)" : string.Empty;
            yield return $"Data rollback: if `{command}` fails or damages records, stop it and restore the affected data from the snapshot taken before the first data change{again}.";
            yield break;
        }

        var options = Option().Matches(facts.Notes).Select(match => match.Value).Distinct(StringComparer.Ordinal).Take(4).ToArray();
        var resume = options.Length > 0 ? $"it resumes from its last batch later with {Wording.Code(options)}" : "it resumes from its last batch later";
        yield return Overwrites().IsMatch(facts.Notes)
            ? $"Data rollback: this backfill overwrites stored values and the old ones are not kept, so it cannot be reversed except by restoring the snapshot taken right before it; keep that snapshot until the results are confirmed, and pause the backfill ({resume}) at the first wrong value."
            : $"Data rollback: pause the backfill ({resume}); restore the affected rows from the snapshot only if records were damaged.";
    }

    /// <summary>
    /// What the notes' backfill sentence fills ("of `orders.currency` from `accounts.default_currency` (~18M rows)"), or
    /// null when it names no object; only that clause is read, so a drop in the next clause is not named as filled.
    /// </summary>
    private static string? Filled(string notes)
    {
        foreach (Match clause in FillClause().Matches(notes))
        {
            var text = clause.Groups["what"].Value;
            var from = text.IndexOf(" from ", StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? at : text.Length;
            var targets = NotesFacts.NamesIn(text[..from]).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
            if (targets.Length == 0)
            {
                continue;
            }

            var sources = NotesFacts.NamesIn(text[from..]).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToArray();
            var source = sources.Length == 0 ? string.Empty : $" from {Wording.Code(sources)}";
            var size = RowCount().Match(text) is { Success: true } rows ? $" ({rows.Value})" : string.Empty;
            return $"of {Wording.Code(targets)}{source}{size}";
        }

        return null;
    }

    /// <summary>A backfill clause up to its end (";", a new line, ", then", the end of a sentence).</summary>
    [GeneratedRegex(@"\b(?:back-?fill(?:s|ed|ing)?|populat(?:e|es|ed|ing)|re-?comput(?:e|es|ed|ing))\b(?<what>[^;\n]{0,200}?)(?=;|\n|,?\s+then\b|\.\s|\.?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FillClause();

    /// <summary>"~18M rows", "2.3 million rows", "about 400k records".</summary>
    [GeneratedRegex(@"(?:~|about\s+|approx\.?\s+)?\d[\d,.]*\s*(?:[kmb]|million|billion)?\s+(?:rows|records|documents|docs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RowCount();

    /// <summary>Command-line options the notes give the job ("--start-id", "--sleep-ms 200").</summary>
    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z0-9-]{1,30}\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Option();

    [GeneratedRegex(@"\boverwrit\w* | \bnot\s+kept\b | \bno\s+(?:copy|backup)\s+of\s+the\s+old\b | \bcannot\s+be\s+(?:undone|reversed|reverted)\b | \bcan'?t\s+be\s+(?:undone|reversed|reverted)\b | \birreversib\w* | \bone[\s-]way\b | \b[üu]berschreib\w* | \b[ée]cras\w* | \bsobrescrib\w* | \bsobrescrev\w*", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Overwrites();

    /// <summary>The command the notes give for their data migration, unless they name a backfill script or job.</summary>
    /// <summary>The commands the notes give to run once the new version runs that rework stored data (reindex, rescan, rebuild, convert); a schema migrate command is not the backfill.</summary>
    private static IReadOnlyList<NotesCommands> DataCommands(PlanFacts facts) =>
        StatedCommand(facts) is not null || facts.Names.Files.Contains(facts.Paths.Backfill) || NotesFacts.Jobs(facts.Notes).Any() || BackfillCommand().IsMatch(facts.Notes) ? []
        : [.. facts.NotesCommands.Where(command => !command.Before && DataWork().IsMatch(command.Command))];

    [GeneratedRegex(@"\b(?:re-?index\w*|index|rescan|backfill\w*|rebuild\w*|repair\w*|convert\w*|re-?encrypt\w*)\b|\brm\s+-\w*r", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DataWork();

    private static StatedCommands? StatedCommand(PlanFacts facts) =>
        facts.Names.Files.Contains(facts.Paths.Backfill) || NotesFacts.Jobs(facts.Notes).Any() ? null : facts.StatedMigration;

    private static string What(PlanFacts facts) =>
        BackfillCommand().Match(facts.Notes) is { Success: true } command ? $"the backfill `{command.Value}`"
        : facts.Paths.Backfill is var script && facts.Names.Files.Contains(script) ? $"the backfill `{script}`"
        : NotesFacts.Jobs(facts.Notes).FirstOrDefault() is { } job ? $"the backfill job \"{job}\"" : "the backfill";

    /// <summary>The task the notes call their backfill ("rake backfill:order_currency", "python manage.py backfill_tiers"), run instead of a guessed script.</summary>
    [GeneratedRegex(@"\b(?:bundle\s+exec\s+)?(?:rake|rails)\s+[\w-]*back-?fill[\w:.-]*[\w]|\bpython3?\s+manage\.py\s+[\w-]*back-?fill\w*|\b(?:php\s+artisan|npm\s+run|yarn|make)\s+[\w:-]*back-?fill[\w:-]*[\w]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BackfillCommand();
}
