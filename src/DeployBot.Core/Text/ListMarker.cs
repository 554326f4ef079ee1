using System.Text.RegularExpressions;

namespace DeployBot.Core.Text;

/// <summary>
/// The marker that starts a Markdown list item ("- ", "* ", "+ ", "• ", "1. ", "2) "), indented at most three spaces
/// (four or more make the line a continuation or code). Shared by the parts that read notes item by item.
/// </summary>
public static partial class ListMarker
{
    /// <summary>The line starts a list item.</summary>
    public static bool Starts(string line) => Marker().IsMatch(line);

    /// <summary><paramref name="text"/> without the list marker it starts with (trimmed first).</summary>
    public static string Strip(string text) => Marker().Replace(text.Trim(), string.Empty);

    [GeneratedRegex(@"^\s{0,3}(?:[-*+•]|\d+[.)])\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Marker();
}
