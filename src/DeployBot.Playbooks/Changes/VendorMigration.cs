using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The migration a library or an application ships for its own tables, as its notes give it: "Upgrade your existing
/// EventStore database by running: `mix event_store.migrate`", "run `bin/app db-upgrade` to migrate the schema", or the
/// command in the code block right after such a sentence. That command is the migration: the plan runs it, not an expand
/// migration of the team's own. When the notes say it renames or retypes columns ("rename existing field to `x`", "use a
/// UUID field for `y`", "use `timestamp with time zone` for timestamp fields", "change the type of"), it rewrites the tables
/// in place: the running version cannot work against the result and there is no down-migration, so every writer is stopped
/// for it and the way back is the snapshot.
/// </summary>
/// <param name="Command">The command as the notes write it.</param>
/// <param name="Rewrites">The notes rename or retype existing columns: no version runs on both sides of it.</param>
internal sealed partial record VendorMigration(string Command, bool Rewrites)
{
    /// <summary>The migration command the notes give for their own database, or null.</summary>
    public static VendorMigration? Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Asks().IsMatch(lines[i]))
            {
                continue;
            }

            var command = Inline().Match(lines[i]) is { Success: true } inline ? inline.Groups["cmd"].Value.Trim() : BlockAfter(lines, i);
            if (command is { Length: > 1 } && !Destroys().IsMatch(command))
            {
                return new VendorMigration(command, Rewrite().IsMatch(notes));
            }
        }

        return null;
    }

    /// <summary>The first line of the code block right after line <paramref name="at"/> (blank lines between), or null.</summary>
    private static string? BlockAfter(string[] lines, int at)
    {
        var i = at + 1;
        while (i < lines.Length && lines[i].Trim().Length == 0)
        {
            i++;
        }

        if (i >= lines.Length || !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
        {
            return null;
        }

        return i + 1 < lines.Length && !lines[i + 1].TrimStart().StartsWith("```", StringComparison.Ordinal) ? lines[i + 1].Trim().TrimStart('$', ' ') : null;
    }

    /// <summary>
    /// "Upgrade/migrate your existing … database (schema) by running", "to upgrade the database, run", "run `x` to migrate
    /// (the database|schema|existing …)": a sentence that gives the command that migrates the project's own tables.
    /// </summary>
    [GeneratedRegex(@"\b(?:upgrade|migrate|update)\s+(?:your\s+|the\s+|an?\s+)?(?:existing\s+)?(?:[\w-]+\s+){0,2}?(?:database|schema|db|tables)\b[^.\n]{0,30}?\b(?:by\s+running|run(?:ning)?|execut(?:e|ing)|using)\b
        |\bto\s+(?:upgrade|migrate)\s+(?:your\s+|the\s+|an?\s+)?(?:existing\s+)?(?:[\w-]+\s+){0,2}?(?:database|schema|db|tables)\b[^.\n]{0,20}?,?\s*run\b
        |\brun\s+`[^`\n]+`\s+to\s+(?:upgrade|migrate)\b", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Asks();

    [GeneratedRegex(@"`(?<cmd>[^`\n]{2,120})`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Inline();

    /// <summary>"mix do event_store.drop, event_store.create": the notes' other way, which deletes the database, is never the migration.</summary>
    [GeneratedRegex(@"\b(?:drop|reset|purge|destroy)\b|\.drop\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Destroys();

    /// <summary>
    /// A column renamed or retyped in place: "rename existing field/column to", "use a UUID field for", "use `uuid` data type
    /// for", "use `timestamp with time zone` for … fields", "change the type of", "change … column type", "convert … column(s) to".
    /// </summary>
    [GeneratedRegex(@"\brename\s+(?:the\s+)?(?:existing\s+)?(?:field|column)s?\s+(?:`?[\w.]+`?\s+)?to\b
        |\buse\s+(?:an?\s+)?`?[\w ]{2,30}?`?\s+(?:data\s+)?(?:field|column|type|data\s+type)s?\s+for\b
        |\buse\s+`[^`\n]{2,40}`\s+for\s+(?:[\w`]+\s+){0,3}?(?:fields?|columns?)\b
        |\bchange[sd]?\s+(?:the\s+)?(?:data\s+)?type\s+of\b|\bcolumn\s+types?\s+(?:change[sd]?|to)\b
        |\bconvert(?:s|ed)?\s+(?:the\s+)?(?:[\w`.]+\s+){0,3}?(?:fields?|columns?)\s+(?:from\s+[\w`]+\s+)?to\b", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Rewrite();
}
