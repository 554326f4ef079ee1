using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes' numbered procedure backs the data up, deletes where it is stored, and restores the backup into what replaces
/// it ("1. Create a backup … 3. Delete the database volume … 5. Restore the backup"): the usual way to move a database to
/// a new major version or a new layout. The deletion is one step of that procedure, not a contract step after a rollout:
/// it comes only once the backup is proven to restore, and the data comes back from that backup, which is also the way back.
/// </summary>
/// <param name="What">What the procedure deletes, in the notes' words ("the database volume").</param>
/// <param name="BackupStep">The notes' step that takes the backup, counted as <see cref="StatedSequence"/> counts them.</param>
/// <param name="DeleteStep">The notes' step that deletes the data.</param>
/// <param name="RestoreStep">The notes' step that restores the backup.</param>
/// <param name="RestoreLine">The line of the restore step (1 for the first).</param>
internal sealed partial record RestoredFromBackup(string What, int BackupStep, int DeleteStep, int RestoreStep, int RestoreLine)
{
    /// <summary>The notes' steps between the deletion and the restore ("4. Change the postgres version … and start the container"): what the backup is restored into.</summary>
    public IReadOnlyList<(int Step, int Line, string Text)> Between { get; init; } = [];

    public static RestoredFromBackup? Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        var numbered = StatedSequence.NumberedLines(lines);
        int? backup = null;
        (string What, int Step)? deleted = null;
        for (var i = 0; i < numbered.Length; i++)
        {
            var text = Plain(StatedSequence.StepText(lines[numbered[i]]));
            if (deleted is { } gone && Restore().IsMatch(text))
            {
                var between = Enumerable.Range(gone.Step, i - gone.Step).Select(at => (at + 1, numbered[at] + 1, Plain(StatedSequence.StepText(lines[numbered[at]])).Trim())).ToArray();
                return new RestoredFromBackup(gone.What, backup!.Value, gone.Step, i + 1, numbered[i] + 1) { Between = between };
            }

            if (backup is not null && deleted is null && Delete().Match(text) is { Success: true } delete)
            {
                deleted = (delete.Groups["what"].Value.Trim(), i + 1);
            }
            else if (deleted is null && Backup().IsMatch(text))
            {
                backup ??= i + 1;
            }
        }

        return null;
    }

    /// <summary>The item is the procedure's deletion step (or a line of it): a step of the procedure, not a contract step.</summary>
    public bool Covers(ReleaseItem item, string notes)
    {
        var lines = NotesLines.Of(notes);
        return OperatorActions.LineOf(notes, item.Text) is { } line && line <= lines.Length && StatedSequence.StepAt(lines, line - 1) == DeleteStep;
    }

    /// <summary>A step's text without Markdown links ("[Restore](restore.mdx) the backup" reads "Restore the backup").</summary>
    private static string Plain(string text) => Link().Replace(text, "${text}").Replace("*", string.Empty, StringComparison.Ordinal);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\[(?<text>[^\]\n]*)\]\([^)\s]*\)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Link();

    /// <summary>"Create a backup", "Back up the database", "Take a dump of …", "pg_dumpall".</summary>
    [GeneratedRegex(@"\bback\s?up\b | \bbackups?\b | \bdump\w*\b | \bsnapshot\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Backup();

    /// <summary>"Delete the database volume", "Remove the data directory", "Drop the old database", "Wipe the volume".</summary>
    [GeneratedRegex(@"^(?:then,?\s+|now,?\s+)?(?:delete|remove|drop|wipe|destroy|erase|purge)\s+(?<what>(?:the\s+|your\s+|its\s+|all\s+)?(?:old\s+|existing\s+)?(?:[\w-]+\s+){0,2}?(?:volumes?|database|db|data\s+director(?:y|ies)|data\s+dir|data|schema|keyspace|pvcs?|persistent\s+volume\s+claims?)(?:\s+(?:volumes?|director(?:y|ies)|files|pvcs?))?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Delete();

    /// <summary>"Restore the backup", "Import the dump", "Load the backup into the new database".</summary>
    [GeneratedRegex(@"\b(?:restore|re-?import|import|load)\b[^\n]{0,40}?\b(?:backup|dump|export|snapshot)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Restore();
}
