using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The floors an item states in the other ways notes write them: a list ("Ruby 2.7, Rails 6.0, PostgreSQL 10.0+ are
/// required"), a framework or toolchain ("Drop support for Rails 4", "MSRV is now 1.65", "Require openresty 1.11.2",
/// "Migrate the configuration to Kustomize 5 only"), a runtime dropped ("Drop support for ruby 2.3"). Each is a platform
/// to check before anything starts, never something to do once the new version runs.
/// </summary>
internal static partial class PlatformFloor
{
    private static readonly (Regex Pattern, string Name)[] Frameworks =
    [
        (P(@"\brails\b"), "Rails"), (P(@"\bdjango\b"), "Django"), (P(@"\blaravel\b"), "Laravel"),
        (P(@"\bsymfony\b"), "Symfony"), (P(@"\bopenresty\b"), "OpenResty"), (P(@"\bnginx\b"), "nginx"),
        (P(@"\bkustomize\b"), "Kustomize"), (P(@"\brust(?:c)?\b"), "Rust"), (P(@"\bgo(?:lang)?\b"), "Go"),
        (P(@"\bperl\b"), "Perl"),
    ];

    /// <summary>The item states a floor of a platform, a framework or a toolchain with its version.</summary>
    public static bool Raises(string item) => Stated(item).Any();

    /// <summary>Each platform the item puts a floor on, with the version right after its name, in the order the vocabulary lists them.</summary>
    private static IEnumerable<string> Stated(string item)
    {
        if (!Floor().IsMatch(item) || NoFloor().IsMatch(item))
        {
            yield break;
        }

        if (Msrv().Match(item) is { Success: true } msrv)
        {
            yield return $"Rust {msrv.Groups["v"].Value}";
        }

        foreach (var (pattern, name) in Platforms.Concat(Frameworks))
        {
            foreach (Match match in pattern.Matches(item))
            {
                if (Versioned().Match(item, match.Index + match.Length) is { Success: true } version && version.Index == match.Index + match.Length)
                {
                    yield return $"{name} {version.Groups["v"].Value}";
                    break;
                }
            }
        }
    }

    /// <summary>The floors of one item: those the analyzer finds, the cluster tools, and the stated ones; a name without a version gives way to the same name with one.</summary>
    private static IEnumerable<string> Floors(string item)
    {
        var found = (Core.Plans.Analysis.ReleaseAnalyzer.RaisesPlatformFloor(item) || RuntimeFloor(item) ? Named(item) : [])
            .Concat(ToolFloor().Matches(item).Select(match => $"{ToolName(match.Groups["tool"].Value)} {match.Groups["v"].Value}"))
            .Concat(Stated(item)).Distinct().ToList();
        return found.Where(floor => floor.Contains(' ', StringComparison.Ordinal) || !found.Any(other => other.StartsWith(floor + " ", StringComparison.Ordinal)));
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>
    /// "drop support", "support … removed", "no longer supported", "are required", "requires", "minimum", "MSRV", "only
    /// support", "… 5 only". Not "for Cassandra 4.1 and newer" alone: that scopes a change, it sets no floor.
    /// </summary>
    [GeneratedRegex(@"\b(?:drop|drops|dropped|dropping|remove|removes|removed|removing|end|ends|ended)\s+(?:the\s+)?support\b | \bsupport\b[^.;\n]{0,40}?\b(?:dropped|removed)\b
        | \bno\s+longer\s+supported\b | \brequire[sd]?\b | \bminimum\b | \bMSRV\b | \bonly\s+support(?:s|ed)?\b
        | \bv?\d+(?:\.\d+)*\s+only\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Floor();

    /// <summary>"no longer requires", "is not required", "requires no changes": the item rules a floor out.</summary>
    [GeneratedRegex(@"\bno\s+longer\s+requires?\b | \bnot\s+required\b | \brequires?\s+no\b | \bdoes\s+not\s+require\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoFloor();

    /// <summary>"MSRV is now 1.65", "MSRV: 1.70", "bump MSRV to 1.74".</summary>
    [GeneratedRegex(@"\bMSRV\b[^.;\n\d]{0,20}?v?(?<v>\d+\.\d+(?:\.\d+)?)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Msrv();

    /// <summary>The version right after a name: " 2.7", " v7", " 10.0+", " version 3.8", " 4.x", " version is 7.4", " >= 3.9".</summary>
    [GeneratedRegex(@"\G\s*(?:version\s+)?(?:(?:is|of|to)\s+(?:now\s+)?|>=\s*|≥\s*)?v?(?<v>\d{1,3}(?:\.(?:\d{1,3}|x)){0,2})(?![\w])", Options, MatchBudget.Milliseconds)]
    private static partial Regex Versioned();
}
