using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The new version moves work from a cron job to a long-running worker: "The command `bin/console mautic:emails:send` for
/// sending emails via cron jobs was removed … Use this command to start a consumer: `bin/console messenger:consume email`",
/// "notifications are now processed by a queue worker; run `php artisan queue:work`", "start a worker with `celery -A app
/// worker`, the cron task is gone". Without that worker nothing processes the queue (a silent outage of what it did), and
/// the old cron entry fails on every run. The worker is its own process with a restart policy, started with the rollout;
/// the cron entry goes; after it, the queue drains. A cron job merely mentioned adds nothing.
/// </summary>
/// <param name="Command">The command that starts the worker, as the notes give it.</param>
/// <param name="Cron">The command the cron entry ran, which the new version no longer has, or null when the notes name none.</param>
/// <param name="Line">The line of the notes that asks for the worker (1 for the first).</param>
internal sealed partial record QueueWorker(string Command, string? Cron, int Line)
{
    public static QueueWorker? Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Starts().Match(line) is not { Success: true } starts)
            {
                continue;
            }

            var spans = Span().Matches(line).Select(span => (span.Index, Text: span.Groups["code"].Value.Trim())).Where(span => span.Text.Contains(' ', StringComparison.Ordinal) || span.Text.Contains('/', StringComparison.Ordinal)).ToList();
            var after = spans.FirstOrDefault(span => span.Index > starts.Index);
            var command = after.Text ?? spans.LastOrDefault(span => span.Index < starts.Index).Text;
            var cronGone = CronGone().Match(line);
            // Only a worker the notes require: the cron job it replaces is gone, or the notes say the work now runs in it.
            if (command is null || !(cronGone.Success || Required().IsMatch(line)))
            {
                continue;
            }

            var cron = cronGone.Success ? spans.FirstOrDefault(span => span.Index < cronGone.Index + cronGone.Length && span.Text != command).Text : null;
            return new QueueWorker(command, cron, i + 1);
        }

        return null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"to start a consumer", "run a queue worker", "processed by a background worker", "start the worker with".</summary>
    [GeneratedRegex(@"\b(?:start|run|launch|keep\s+running|use)\s+(?:a|an|the|one\s+or\s+more|at\s+least\s+one)?\s*(?:long[\s-]running\s+|background\s+|queue\s+|message\s+|dedicated\s+|separate\s+)*(?:consumers?|workers?|daemon|job\s+runner|queue\s+runner)\b
        | \b(?:processed|handled|sent|consumed|executed|run)\s+(?:asynchronously\s+)?(?:by|through|via|in)\s+(?:a|an|the)\s+(?:long[\s-]running\s+|background\s+|queue\s+|message\s+|dedicated\s+|separate\s+)*(?:workers?|consumers?|daemon|job\s+runner|queue\s+runner)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Starts();

    /// <summary>"… via cron jobs was removed", "the cron command is gone", "no longer runs from cron", "instead of a cron job".</summary>
    [GeneratedRegex(@"\bcron(?:\s+jobs?|\s+entr(?:y|ies)|\s+tasks?|tab)?\b[^.;]{0,80}?\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:now\s+)?(?:removed|dropped|deleted|gone|deprecated|replaced|discontinued)\b
        | \b(?:no\s+longer|not)\s+(?:run|runs|triggered|needed|sent)\s+(?:from|by|via|through)\s+cron\b | \binstead\s+of\s+(?:a\s+|the\s+)?cron\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex CronGone();

    /// <summary>The notes require the worker: the work now runs in it, or it must run.</summary>
    [GeneratedRegex(@"\b(?:now|instead|from\s+now\s+on)\b[^.;]{0,60}?\b(?:processed|handled|sent|consumed|executed|run)\b | \b(?:must|need\s+to|needs\s+to|have\s+to|required|requires)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Required();

    [GeneratedRegex(@"`(?<code>[^`\n]{3,120})`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Span();
}
