using System.Globalization;
using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Reads a duration match as minutes, unless it is not the length of anything in this window: a count ("~18M rows",
/// "~2M": an upper-case M is millions, never minutes) or a delay before a later action ("delete products_v2 after 48h",
/// "raise FCV after a 24h soak", "48h later"), which is a follow-up, not a step.
/// </summary>
internal static partial class StatedDurations
{
    /// <summary>The minutes a match of a duration pattern (groups <c>n</c>, <c>unit</c>, optional <c>m2</c>) states, or null for a count or a delay.</summary>
    public static int? Minutes(string text, Match match)
    {
        if (!match.Success || IsCount(text, match) || IsDelay(text, match))
        {
            return null;
        }

        var amount = double.Parse(match.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value;
        var hours = unit.StartsWith('h') || unit.StartsWith('H') || unit.StartsWith("st", StringComparison.OrdinalIgnoreCase);
        var extra = match.Groups["m2"].Success ? int.Parse(match.Groups["m2"].Value, CultureInfo.InvariantCulture) : 0;
        return (int)Math.Round(hours ? amount * 60 + extra : amount);
    }

    /// <summary>The first match that states a duration in this window.</summary>
    public static int? First(string text, Regex pattern) =>
        pattern.Matches(text).Select(match => Minutes(text, match)).FirstOrDefault(minutes => minutes is not null);

    /// <summary>"18M", "2 M", "18m rows", "5k users": an amount of things, not of time.</summary>
    private static bool IsCount(string text, Match match)
    {
        var unit = match.Groups["unit"];
        var after = text[(unit.Index + unit.Length)..];
        return unit.Value == "M" || CountNoun().IsMatch(after);
    }

    /// <summary>"after 48h", "after a 24h soak", "in 2 hours", "48h later": when a later action happens, not how long a step takes.</summary>
    private static bool IsDelay(string text, Match match)
    {
        var before = text[Math.Max(0, match.Index - 30)..match.Index];
        var after = text[(match.Index + match.Length)..];
        return DelayBefore().IsMatch(before) || DelayAfter().IsMatch(after);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\s*(?:of\s+)?(?:rows?|records?|users?|accounts?|customers?|orders?|tenants?|docs?|documents?|events?|messages?|items?|entries|objects?|keys?|files?|requests?|lines?|products?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex CountNoun();

    [GeneratedRegex(@"(?:\bafter | \bin | \bwithin | \bnach | \bapr[èe]s | \bdespu[ée]s\s+de | \bdepois\s+de | \bdans)\s+(?:a\s+|an\s+|the\s+|another\s+|~\s*|about\s+)?$", Options, MatchBudget.Milliseconds)]
    private static partial Regex DelayBefore();

    [GeneratedRegex(@"^\s*(?:later\b | soak\w* | grace\b | from\s+now\b | afterwards\b | after\s+(?:that|it|the\s+(?:switch|rollout|flip|cutover))\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex DelayAfter();
}
