using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Names a destructive item gives that are no database object it drops or renames: a mode or layout label it renames
/// under configuration ("Rename `New` SQL schema to `Multihost`", with the option `use_new_schema` beside it). A label
/// is a value the operator's config selects, changed where that config lives, not a stored object to drop.
/// </summary>
internal static partial class NamedInPassing
{
    /// <summary>
    /// <paramref name="name"/> is a mode or layout label: a capitalised word, not an identifier (no underscore, dot or
    /// digit), that the item does not call a table, column or index, and that the notes treat as configuration: the item
    /// stands under a configuration heading, or a setting the notes name carries the word ("`use_new_schema`" for `New`).
    /// </summary>
    public static bool IsLabel(string name, string item, string notes)
    {
        var word = name.Trim('`', '"', '\'');
        if (!Capitalised().IsMatch(word)
            || Regex.IsMatch(item, $@"(?<![\w.-])[`""']?{Regex.Escape(word)}[`""']?\s+{DataKind}|\b{DataKind}\s+[`""']?{Regex.Escape(word)}(?![\w.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout))
        {
            return false;
        }

        var part = $@"(?:^|_){Regex.Escape(word.ToLowerInvariant())}(?:_|$)";
        return UnderConfiguration(item, notes)
            || Setting().Matches(notes).Any(setting => Regex.IsMatch(setting.Value.ToLowerInvariant(), part, RegexOptions.CultureInvariant, MatchBudget.Timeout));
    }

    /// <summary>The nearest heading above the item's line names configuration ("#### Configuration", "## Config changes", "### Options").</summary>
    private static bool UnderConfiguration(string item, string notes)
    {
        if (OperatorActions.LineOf(notes, item) is not { } line)
        {
            return false;
        }

        var lines = NotesLines.Of(notes);
        for (var i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
        {
            if (NotesLines.IsHeading(lines[i]))
            {
                return ConfigHeading().IsMatch(lines[i].TrimStart().StartsWith('#') || i == 0 ? lines[i] : lines[i - 1]);
            }
        }

        return false;
    }

    private const string DataKind = @"(?:tables?|columns?|cols?|index(?:es)?|collections?|views?|sequences?|rows?)\b";

    [GeneratedRegex(@"^[A-Z][a-z]{2,}$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Capitalised();

    /// <summary>A snake_case option name in backticks: "`use_new_schema`", "`sql_multihost_schema`".</summary>
    [GeneratedRegex(@"(?<=`)[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?=`)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Setting();

    [GeneratedRegex(@"\b(?:config(?:uration)?s?|settings?|options?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ConfigHeading();
}
