using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A setting whose default the release changes ("default for EMAIL_DIGEST_ENABLED flips to true", "SESSION_TTL now
/// defaults to 1h"): nothing is applied by the operator unless production should keep the old behaviour; every
/// environment that never set the key takes the new default with the rollout, and the previous version brings the old
/// default back. <paramref name="Old"/> is the old default when the notes give it.
/// </summary>
internal sealed partial record ChangedDefault(string Key, string New, string? Old)
{
    public static ChangedDefault? Read(string notes)
    {
        var match = new[] { DefaultFor(), KeyDefaults(), DefaultChanged() }.Select(pattern => pattern.Match(notes)).FirstOrDefault(found => found.Success) ?? Match.Empty;
        if (!match.Success)
        {
            return null;
        }

        // "… to false." ends the sentence; the full stop is no part of the value.
        var value = match.Groups["new"].Value.TrimEnd('.');
        var old = match.Groups["old"] is { Success: true } given ? given.Value.TrimEnd('.') : Opposite(value);
        return new ChangedDefault(match.Groups["key"].Value, value, old);
    }

    /// <summary>The old value of a boolean default ("true" → "false"); null when it is not a boolean and the notes do not say.</summary>
    private static string? Opposite(string value) => value.ToLowerInvariant() switch
    {
        "true" => "false",
        "false" => "true",
        "on" => "off",
        "off" => "on",
        "enabled" => "disabled",
        "disabled" => "enabled",
        _ => null,
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"default for EMAIL_DIGEST_ENABLED flips to true", "the default of X changes from 30 to 60", "default value of X is now Y".</summary>
    [GeneratedRegex(@"\bdefault(?:\s+value)?\s+(?:for|of)\s+`?(?<key>(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+))`?\s+(?:\w+\s+){0,3}?(?:flips|changes|changed|switches|moves|goes|is\s+now|becomes|now)\s+(?:from\s+`?(?<old>[\w.-]+)`?\s+)?(?:to\s+)?`?(?<new>[\w.-]+)", Options, MatchBudget.Milliseconds)]
    private static partial Regex DefaultFor();

    /// <summary>"EMAIL_DIGEST_ENABLED now defaults to true", "X defaults to Y (was Z)", "X default: false -> true".</summary>
    [GeneratedRegex(@"`?(?<key>(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+))`?\s+(?:(?:now\s+)?defaults\s+to\s+`?(?<new>[\w.-]+)`?(?:\s*\(\s*was\s+`?(?<old>[\w.-]+)`?)? | default\s*:?\s*`?(?<old>[\w.-]+)`?\s*(?:->|→)\s*`?(?<new>[\w.-]+))", Options, MatchBudget.Milliseconds)]
    private static partial Regex KeyDefaults();

    /// <summary>
    /// "Changed default value of AUTH_RATELIMIT_SUBNET to false", "Increase default consumer MAX_POLL from 300 to 500": the
    /// verb first.
    /// </summary>
    [GeneratedRegex(@"\b(?:chang|increas|decreas|rais|lower|reduc)\w*\s+(?:the\s+)?defaults?(?:\s+value)?\s+(?:(?:of|for)\s+)?(?:(?:the|a|consumer|producer|client|server)\s+)?`?(?<key>(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+))`?\s+(?:from\s+`?(?<old>[\w.-]+)`?\s+)?to\s+`?(?<new>(?!(?:the|a|an|our|its|new|use)\b)[\w.-]+)", Options, MatchBudget.Milliseconds)]
    private static partial Regex DefaultChanged();
}
