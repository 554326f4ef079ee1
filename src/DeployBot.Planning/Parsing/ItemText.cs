using System.Text.RegularExpressions;

namespace DeployBot.Planning.Parsing;

/// <summary>Cleans one list item: no bullet, number or checkbox in front, no surrounding whitespace.</summary>
internal static partial class ItemText
{
    public static string Clean(string text) => ListMarker().Replace(text.Trim(), string.Empty).Trim();

    /// <summary>True when the line starts a new list item (a bullet, a number or a checkbox).</summary>
    public static bool StartsItem(string line) => ListMarker().IsMatch(line.TrimStart());

    public static bool StartsNumberedItem(string line) => NumberMarker().IsMatch(line.TrimStart());

    [GeneratedRegex(@"^(?:[-*•+]\s+(?:\[[ xX]\]\s+)?|\d{1,3}[.)]\s+|\[[ xX]\]\s+)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\d{1,3}[.)]\s+")]
    private static partial Regex NumberMarker();
}
