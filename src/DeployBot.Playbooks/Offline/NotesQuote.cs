using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// An item's own words as a plan quotes them, so a step says what to do instead of pointing at "line 33 of the notes":
/// plain text (no Markdown links, emphasis or backticks, which a step's text would read back as its script reference,
/// and no cited link: "(https://…/issues/578)" or RST's "&lt;https://…&gt;`__" leave no "(" behind),
/// on one line, cut at a word past a length a step can carry.
/// </summary>
internal static partial class NotesQuote
{
    /// <summary>The words of <paramref name="text"/>, plain and at most about <paramref name="max"/> characters, without quotation marks around them.</summary>
    public static string Words(string text, int max = 140)
    {
        var plain = Space().Replace(Markup().Replace(Link().Replace(text, "${text}"), string.Empty), " ").Trim().TrimEnd(':', ';', ',', '.', ' ').Replace('"', '\'');
        if (plain.Length <= max)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', max);
        return (cut > max / 2 ? plain[..cut] : plain[..max]).TrimEnd(',', ';', ':', ' ') + " …";
    }

    /// <summary>The quoted words with the line they stand on: "\"cluster_identity_providers.issuer_url is now required …\", line 33 of the notes".</summary>
    public static string Cited(string text, int? line, int max = 140) =>
        line is { } at ? $"\"{Words(text, max)}\", line {at} of the notes" : $"\"{Words(text, max)}\"";

    [GeneratedRegex(@"\[(?<text>[^\]\n]*)\]\([^)\s]*\)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s*\(\s*<?https?://[^\s()]*>?\s*\)|\s*<https?://[^\s>]*>`?_*|[*`]|^\s*(?:>\s*)+|https?://\S+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Space();
}
