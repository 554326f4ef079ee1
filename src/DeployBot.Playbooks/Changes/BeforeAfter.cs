using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>One value the release changes, as the notes state it: what runs now (the way back) and what it becomes.</summary>
internal sealed record ValueChange(string Before, string After);

/// <summary>
/// The values a release changes, read from the notes: "from db.r6g.xlarge to db.r6g.2xlarge", "6 → 24", "de 9.0.4 para
/// 9.0.5", "von m5 auf m7i", and a service named with two versions ("pedidos-api 9.0.4 … pedidos-api 9.0.5"), where the
/// lower is what runs now. Only identifiers count (no spaces, no percentages: a ramp is not a value to return to).
/// </summary>
internal static partial class BeforeAfter
{
    public static IReadOnlyList<ValueChange> Read(string notes)
    {
        var changes = FromTo().Matches(notes).Concat(Arrow().Matches(notes)).Concat(Replace().Matches(notes)).Concat(Currently().Matches(notes))
            .Where(match => !OfRuntime(notes, match.Index))
            .Where(match => !OfDependency(notes, match.Index, Clean(match.Groups["old"].Value), Clean(match.Groups["new"].Value)))
            .Select(match => new ValueChange(Clean(match.Groups["old"].Value), Clean(match.Groups["new"].Value)))
            .Concat(VersionPairs(notes))
            .Where(change => change.Before.Length > 0 && change.After.Length > 0 && !string.Equals(change.Before, change.After, StringComparison.OrdinalIgnoreCase))
            .Where(change => SameKind(change.Before, change.After))
            .DistinctBy(change => change.Before.ToLowerInvariant());
        return [.. changes.Take(6)];
    }

    private static IEnumerable<ValueChange> VersionPairs(string notes) =>
        NotesFacts.VersionedName().Matches(notes)
            .GroupBy(match => match.Groups["name"].Value, StringComparer.Ordinal)
            .Select(group => group.Select(match => match.Groups["version"].Value).Distinct().OrderBy(Version.Parse).ToArray())
            .Where(versions => versions.Length == 2)
            .Select(versions => new ValueChange(versions[0], versions[1]));

    /// <summary>
    /// A value and what replaces it are of one kind: two quantities or versions ("512Mi" → "1Gi", "6" → "24"), or two
    /// identifiers ("db.r6g.xlarge" → "db.r6g.2xlarge", "general-m5" → "general-m7i"). An arrow between a time and a
    /// word ("since 14:00 -> memory limit"), a typo fix ("recieve -> receive"), a service and a word ("platform-api → new")
    /// or a column and its type's name ("orders.total -> numeric(12,2)") is prose, not a value to return to.
    /// </summary>
    internal static bool SameKind(string before, string after)
    {
        if (Quantity(before) || Quantity(after))
        {
            return Quantity(before) && Quantity(after) && !TimeOfDay().IsMatch(before) && !TimeOfDay().IsMatch(after);
        }

        return Identifier(before) && Identifier(after);
    }

    /// <summary>"512Mi", "200", "9.0.4", "v2.1": starts with a number.</summary>
    private static bool Quantity(string value) => value.Length > 0 && (char.IsAsciiDigit(value[0]) || (value.Length > 1 && value[0] is 'v' or 'V' && char.IsAsciiDigit(value[1])));

    /// <summary>A name with a digit, a separator or in capitals ("m7i", "eu-west-1", "RATE_LIMIT"), not a plain word.</summary>
    private static bool Identifier(string value) =>
        value.Any(char.IsAsciiDigit) || value.IndexOfAny(['-', '_', '.', '/', ':', '@']) > 0 || (value.Length > 1 && value.All(c => !char.IsAsciiLetterLower(c)));

    /// <summary>
    /// The versions follow a language or runtime ("requires upgrading Ruby from 3.1 to 3.2", "Python 3.9 -> 3.12"): a platform
    /// floor, checked before starting, not a value of the release's that the way back returns to.
    /// </summary>
    private static bool OfRuntime(string notes, int at) => Runtime().IsMatch(notes.AsSpan(Math.Max(0, at - 40), at - Math.Max(0, at - 40)));

    [GeneratedRegex(@"\b(?:ruby|python|php|node(?:\.?js)?|java|jdk|jre|openjdk|golang|perl|elixir|erlang|otp|rust|kotlin|scala|\.net|dotnet)\b[^.;\n]{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Runtime();

    [GeneratedRegex(@"^\d{1,2}:\d{2}$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TimeOfDay();

    private static string Clean(string value) => value.Trim('`', '"', '\'', '“', '”', '.', ',', ';', ':', ')', '(');

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Value = @"`?[\w][\w.:/@+-]{0,60}(?<![.:/-])`?(?!\s?%)";

    [GeneratedRegex(@"\b(?:from|de|von|desde)\s+(?<old>" + Value + @")\s+(?:to|into|para|a|à|auf|zu|nach|hasta)\s+(?<new>" + Value + ")", Options, MatchBudget.Milliseconds)]
    private static partial Regex FromTo();

    /// <summary>"customer-api 8.4.0 (currently 8.3.2)": the version in brackets is what runs now.</summary>
    [GeneratedRegex(@"(?<![\w.])v?(?<new>\d+\.\d+(?:\.\d+)?)\s*\(\s*(?:currently|now|running|was|actuellement|aktuell|derzeit|atualmente|actualmente)\s+(?:on\s+)?v?(?<old>\d+\.\d+(?:\.\d+)?)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Currently();

    /// <summary>"replace node group general-m5 with general-m7i", "swap orders-db-blue for orders-db-green".</summary>
    [GeneratedRegex(@"\b(?:replace|replaces|replacing|swap|swaps|ersetzt?|remplacer?|reemplaza[r]?|substitui[r]?)\s+(?:[a-z]+\s+){0,3}?(?<old>" + Value + @")\s+(?:with|by|for|durch|par|por)\s+(?<new>" + Value + ")", Options, MatchBudget.Milliseconds)]
    private static partial Regex Replace();

    [GeneratedRegex(@"(?<![\w.-])(?<old>" + Value + @")\s*(?:->|→|=>)\s*(?<new>" + Value + ")", Options, MatchBudget.Milliseconds)]
    private static partial Regex Arrow();

}
