using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The lines of the notes about the project's own pipeline: "Run the Travis and CircleCI jobs against MySQL 8.4", "ci:
/// test against PostgreSQL 17", "Upgrade vulnerable test dependencies", "Switch the GitHub Actions matrix to Redis 7". The
/// engine they name is the one the project's builds and test suite run against, not one the operator runs, so such a line
/// raises no engine upgrade, floor or step. A line that also requires something of the users ("requires PostgreSQL 13",
/// "you must upgrade") is no pipeline line: the release asks it of them.
/// </summary>
internal static partial class PipelineLines
{
    /// <summary>The text with each pipeline line blanked (the line count kept).</summary>
    public static string Without(string text) =>
        Pipeline().IsMatch(text) ? string.Join('\n', text.Split('\n').Select(line => IsPipeline(line) ? string.Empty : line)) : text;

    /// <summary>The line or item is about the project's own CI, builds or tests, and asks nothing of the users.</summary>
    public static bool IsPipeline(string line) => Pipeline().IsMatch(line) && !AsksUsers().IsMatch(line);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>A CI system by name, "CI" itself, a conventional "ci:"/"test:"/"build:" title, or the project's builds and test suite.</summary>
    [GeneratedRegex(@"\b(?:appveyor|team\s?city|travis(?:[\s-]?ci)?|circle[\s-]?ci|github\s+actions?|gitlab[\s-]ci|jenkins|buildkite|azure\s+pipelines|drone\s+ci|cirrus[\s-]ci|buildbot)\b
        | \bTC\s+(?:builds?|jobs?|agents?)\b | (?-i:\bCI\b)\s+(?:builds?|jobs?|matrix|pipelines?|runs?|workflows?|agents?|runners?|images?|config\w*) | \b(?:in|on|for|to|from)\s+(?-i:CI)\b | ^\W*(?:\*\s*)?(?:ci|test|tests|build)(?:\([^)\n]*\))?!?:
        | \b(?:test|tests|testing)\s+(?:suites?|matrix|matrices|dependencies|deps|databases?|containers?|infrastructure|environments?|runs?|jobs?)\b
        | \b(?:our|the|nightly|ci|test)\s+builds\b | \bbuilds\s+(?:to|against|on)\b | \bbuild\s+(?:matrix|agents?|pipelines?|images?\s+for\s+tests)\b", Options | RegexOptions.Multiline, MatchBudget.Milliseconds)]
    private static partial Regex Pipeline();

    /// <summary>"requires PostgreSQL 13", "minimum supported version", "you must", "users need to", "before upgrading".</summary>
    [GeneratedRegex(@"\brequire[sd]?\b | \brequirement | \bminimum\b | \bno\s+longer\s+support | \bdrop(?:s|ped)?\s+support | \byou\s+(?:must|need|have|should|will) | \busers?\s+(?:must|need|have|should|will) | \bbefore\s+upgrading\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex AsksUsers();
}
