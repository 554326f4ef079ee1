using System.Globalization;
using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The flag ramp the notes ask for ("internal accounts first (segment acme-staff), then 1% -> 10% -> 25%", "from 5% to
/// 50%; hold 1h at 10% and at 25%"): the segment to start with, the percentages in rising order and the stated hold.
/// A percentage after "from" is where the flag is now, and one after "than", "above" or "below" is a guard, not a stage.
/// </summary>
internal sealed partial record StatedRamp(string? Segment, IReadOnlyList<int> Percents, int? HoldMinutes)
{
    public static StatedRamp? Read(string notes)
    {
        // "flip new_checkout 5% -> 25%": the share a change moves the flag from is where it is now, not a stage; a chain
        // ("canary 10% -> 50% -> 100%") is a ramp.
        var from = Stage().Matches(notes).FirstOrDefault(match => Arrow().IsMatch(notes[(match.Index + match.Length)..])
            && Move().IsMatch(notes[Math.Max(0, match.Index - 40)..match.Index]));
        var percents = Stage().Matches(notes)
            .Where(match => !Excluded().IsMatch(notes[Math.Max(0, match.Index - 24)..match.Index]) && match.Index != from?.Index)
            .Select(match => int.Parse(match.Groups["percent"].Value, CultureInfo.InvariantCulture))
            .Concat(Chained(notes))
            .Where(percent => percent is > 0 and <= 100)
            .Distinct().Order().ToArray();
        var segment = SegmentName().Match(notes) is { Success: true } found ? found.Groups["name"].Value : null;
        var span = Span().Match(notes) is { Success: true } over ? over.Groups["span"].Value : null;
        if (percents.Length == 0 && segment is null && span is null)
        {
            return null;
        }

        return new StatedRamp(segment, percents, Hold().Match(notes) is { Success: true } hold ? Minutes(hold) : null)
        {
            From = from is null ? null : int.Parse(from.Groups["percent"].Value, CultureInfo.InvariantCulture),
            Over = span,
        };
    }

    /// <summary>
    /// The stages a chain gives without their percent sign, after one that has it: "10% then 50/100", "5% -> 25 -> 100",
    /// "1%, 10, 50". Only numbers that keep rising are stages; "10% then 5 pods" is not a ramp.
    /// </summary>
    private static IEnumerable<int> Chained(string notes)
    {
        foreach (Match chain in Chain().Matches(notes).Where(chain => !Excluded().IsMatch(notes[Math.Max(0, chain.Index - 24)..chain.Index])))
        {
            var previous = int.Parse(chain.Groups["first"].Value, CultureInfo.InvariantCulture);
            foreach (Capture next in chain.Groups["next"].Captures)
            {
                var percent = int.Parse(next.Value, CultureInfo.InvariantCulture);
                if (percent <= previous || percent > 100)
                {
                    break;
                }

                yield return percent;
                previous = percent;
            }
        }
    }

    /// <summary>The share the flag is at now, when the notes give it ("5% -> 25%"); null when they do not.</summary>
    public int? From { get; init; }

    /// <summary>How long the notes spread the ramp ("2 days", "the week"): only its first stage fits one window.</summary>
    public string? Over { get; init; }

    private static int Minutes(Match hold)
    {
        var amount = double.Parse(hold.Groups["amount"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        return (int)Math.Round(hold.Groups["unit"].Value.StartsWith('h') ? amount * 60 : amount);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bover\s+(?<span>(?:the\s+|a\s+|one\s+|next\s+|\d+\s+)?(?:days?|weeks?|week))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Span();

    [GeneratedRegex(@"^\s*(?:->|→|=>|to)\s*\d{1,3}\s?%(?!\s*(?:->|→|=>|,|then))", Options, MatchBudget.Milliseconds)]
    private static partial Regex Arrow();

    [GeneratedRegex(@"\b(?:flip\w*|raise\w*|bump\w*|increas\w*|mov(?:e|es|ing)|chang\w*|go(?:es)?)\b[^.;\n%]*$", Options, MatchBudget.Milliseconds)]
    private static partial Regex Move();

    [GeneratedRegex(@"(?<![\w.])(?<percent>\d{1,3})\s?%", Options, MatchBudget.Milliseconds)]
    private static partial Regex Stage();

    /// <summary>A stage with its percent sign, then stages with or without one: "10% then 50/100", "10% -> 50 -> 100".</summary>
    [GeneratedRegex(@"(?<![\w.])(?<first>\d{1,3})\s?% (?:\s*(?:/|->|→|=>|,\s*(?:and\s+)?then|,|then|and\s+then)\s*(?<next>\d{1,3})(?!\w|\.\d)(?!\s?(?:pods?|replicas?|nodes?|brokers?|min\w*|h|hours?|days?|weeks?|ms|s|sec\w*|retries|times|x|rps|req\w*|users?|[gmk]i?b?)\b)\s?%?)+", Options, MatchBudget.Milliseconds)]
    private static partial Regex Chain();

    /// <summary>What comes right before a percentage that is not a ramp stage: the current share, or a guard threshold.</summary>
    [GeneratedRegex(@"(?:\bfrom | \bthan | \babove | \bbelow | \bover | \bunder | \bexceeds? | \bby | \bde | \bvon | (?<!-)[<>] | [≤≥])\s*(?:about\s+|~)?$", Options, MatchBudget.Milliseconds)]
    private static partial Regex Excluded();

    [GeneratedRegex(@"\b(?:segment|cohort|audience|group|segmento|kohorte|groupe)\s+[`""'“]?(?<name>[A-Za-z][\w.-]{2,40})", Options, MatchBudget.Milliseconds)]
    private static partial Regex SegmentName();

    [GeneratedRegex(@"\b(?:hold|halt\w*|keep\s+it|stay|mantener|manter|garder|after|apr[èe]s|nach|despu[ée]s\s+de|depois\s+de|tras)\s+(?:(?:at\s+least|for|mindestens|f[üu]r|pendant|durante|por)\s+)?(?:~\s*)?(?<amount>\d+(?:[.,]\d+)?)\s*(?<unit>h(?:ours?|rs?|oras?|eures?|stunden?)?|m(?:in(?:utes?|utos?|uten)?)?)\b
        | (?<![\w.])(?<amount>\d+(?:[.,]\d+)?)\s*(?<unit>h(?:ours?|rs?)?|m(?:ins?|inutes?)?)\s+(?:each|per\s+(?:stage|step)|at\s+each\s+(?:stage|step))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Hold();
}
