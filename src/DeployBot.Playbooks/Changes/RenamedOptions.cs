using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A command-line flag the release renames ("The CLI argument `--collector.netdev.ignored-devices` was renamed to
/// `--collector.netdev.device-blacklist`", "`--old.flag` → `--new.flag`"): the service's arguments must change before the
/// new binary starts, and a rollback to the previous binary needs the old name back. Not a test suite's or CI's option.
/// </summary>
/// <param name="Old">The flag as the running version knows it.</param>
/// <param name="New">The flag the new version takes instead.</param>
/// <param name="Line">The line of the notes that renames it (1 for the first).</param>
internal sealed partial record RenamedOptions(string Old, string New, int Line)
{
    public static IReadOnlyList<RenamedOptions> Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        var found = new List<RenamedOptions>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Tooling().IsMatch(lines[i]))
            {
                continue;
            }

            foreach (Match match in Renamed().Matches(lines[i]))
            {
                var (old, @new) = match.Groups["old"].Success ? (match.Groups["old"].Value, match.Groups["new"].Value) : (match.Groups["old2"].Value, match.Groups["new2"].Value);
                if (old != @new && !found.Any(rename => rename.Old == old))
                {
                    found.Add(new RenamedOptions(old, @new, i + 1));
                }
            }
        }

        return found;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>
    /// "`--old` was renamed to `--new`", "renamed `--old` to `--new`", "`--old` → `--new`", "`--old` is replaced by
    /// `--new`", "`--new` replaces `--old`", "use `--new` instead of `--old`".
    /// </summary>
    [GeneratedRegex(@"`?(?<![\w-])(?<old>--?[A-Za-z][\w.-]*[\w])`?[^`\n.;]{0,40}?\b(?:(?:was|were|has\s+been|have\s+been|is|are|got)\s+)?(?:renamed|changed|replaced)\s+(?:to|with|by|in\s+favou?r\s+of)\s+`?(?<![\w-])(?<new>--?[A-Za-z][\w.-]*[\w])`?
        | \brenamed?\s+`?(?<![\w-])(?<old>--?[A-Za-z][\w.-]*[\w])`?\s+(?:to|as)\s+`?(?<![\w-])(?<new>--?[A-Za-z][\w.-]*[\w])`?
        | `(?<![\w-])(?<old>--?[A-Za-z][\w.-]*[\w])`\s*(?:→|->|=>)\s*`(?<![\w-])(?<new>--?[A-Za-z][\w.-]*[\w])`
        | `?(?<![\w-])(?<new2>--?[A-Za-z][\w.-]*[\w])`?\s+(?:replaces|supersedes)\s+`?(?<![\w-])(?<old2>--?[A-Za-z][\w.-]*[\w])`?
        | \buse\s+`?(?<![\w-])(?<new2>--?[A-Za-z][\w.-]*[\w])`?\s+instead\s+of\s+`?(?<![\w-])(?<old2>--?[A-Za-z][\w.-]*[\w])`?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Renamed();

    [GeneratedRegex(@"\bpytest\b | \btox\b | \btest[\s-]?suite\b | \bunit\s+tests?\b | \bCI\b | \bgithub\s+actions\b | \bworkflows?\b | \bpre-commit\b | \blint\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Tooling();
}
