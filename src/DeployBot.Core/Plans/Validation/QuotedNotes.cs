using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Validation;

/// <summary>
/// The release notes a plan is checked against, read once per validation, for masking what a plan quotes from them: a plan
/// that quotes what the notes ask ("v1 endpoint I think", "set it again after upgrading. Then …") quotes data, so the
/// notes' own words neither count as leaked reasoning nor as extra sentences. Compared with whitespace and backticks
/// folded, as items join wrapped lines and code spans.
/// </summary>
internal sealed partial class QuotedNotes
{
    private const string Neutral = "VALUE";

    private readonly Lazy<string> folded;

    private QuotedNotes(string notes) => folded = new(() => Fold(notes), LazyThreadSafetyMode.None);

    /// <summary>Notes that quote nothing: every quoted span stays as it is.</summary>
    public static QuotedNotes None { get; } = new(string.Empty);

    /// <summary>The notes (or the linked release's text) the plan was written from; folded on the first quote met.</summary>
    public static QuotedNotes Of(string? notes) => string.IsNullOrWhiteSpace(notes) ? None : new(notes);

    /// <summary>Replaces every quoted span ("…") of <paramref name="text"/> that the notes contain word for word with a neutral word.</summary>
    public string Mask(string text)
    {
        if (ReferenceEquals(this, None) || !text.Contains('"', StringComparison.Ordinal))
        {
            return text;
        }

        return QuotedSpan().Replace(text, match => Fold(match.Groups["quoted"].Value) is { Length: >= 3 } quoted
            && folded.Value.Contains(quoted, StringComparison.OrdinalIgnoreCase) ? Neutral : match.Value);
    }

    private static string Fold(string text) => Whitespace().Replace(text.Replace("`", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"""(?<quoted>[^""\n]{1,300})""", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
