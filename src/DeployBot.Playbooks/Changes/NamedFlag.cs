using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The feature flag the notes name when FLAG was not given: "behind flag adyen_checkout", "behind the saved_carts flag",
/// "flip new_checkout 5% -> 25%", "turn on new_search for 10% of EU tenants". Only a snake_case, kebab-case or dotted
/// identifier counts, so plain words ("turn on the new search") are never taken for a flag. Who the stated share is of
/// ("EU tenants") is kept in plain words for the step that sets it.
/// </summary>
internal sealed partial record NamedFlag(string Name, string? Audience)
{
    public static NamedFlag? Read(string notes)
    {
        // A flag the release removes ("ENABLE_PPROF flag removed", "remove feature flag old_checkout") is deleted code, not one to switch.
        var match = new[] { Behind(), Flagged(), Switched() }
            .SelectMany(pattern => pattern.Matches(notes))
            .FirstOrDefault(found => !NotAFlag(notes, found) && !RemovedBefore().IsMatch(notes[Math.Max(0, found.Index - 40)..found.Index]) && !RemovedAfter().IsMatch(notes[(found.Index + found.Length)..]));
        if (match is null)
        {
            return null;
        }

        var audience = ShareOf().Match(notes) is { Success: true } of ? of.Groups["who"].Value.Trim() : null;
        return new NamedFlag(match.Groups["name"].Value, audience);
    }

    /// <summary>The notes switch the flag to a share of traffic ("flip new_checkout 5% -> 25%", "turn on new_search for 10% …").</summary>
    public static bool SwitchesShare(string notes) => Switched().IsMatch(notes);

    /// <summary>A flag's name; never a command-line one's ("`-promql-enable-feature` flag": the dash is part of it).</summary>
    private const string Id = @"`?(?<![\w-])(?<name>[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+)`?";

    /// <summary>"cmd flag `web.auth.ignore-path`", "CLI flag", "command-line flag": a startup option, not a feature flag.</summary>
    private const string NotCommandLine = @"(?<!\b(?:cmd|cli|command[\s-]?line|startup|runtime|server|compiler|build|go|binary)\s+)";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bbehind\s+(?:the\s+|a\s+)?(?:feature\s+)?(?:flag|toggle)\s+" + Id + @"|\bbehind\s+(?:the\s+|a\s+)?" + Id + @"\s+(?:feature\s+)?(?:flag|toggle)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Behind();

    [GeneratedRegex(@"\b(?:feature\s+)?" + NotCommandLine + @"(?:flag|toggle)\s+" + Id + @"(?![\w/])|" + Id + @"\s+(?:feature\s+)?(?:flag|toggle)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Flagged();

    [GeneratedRegex(@"\b(?:flip|turn\s+on|enable|ramp(?:\s+up)?|raise|set)\s+(?:the\s+)?" + Id + @"\s+(?:(?:to|for|at|from)\s+)?(?:~\s*)?\d{1,3}\s?%", Options, MatchBudget.Milliseconds)]
    private static partial Regex Switched();

    /// <summary>"remove the ", "remove obsolete feature flag ", "drop the old unused ": a removal right before the flag's name.</summary>
    [GeneratedRegex(@"\b(?:remov\w*|delet\w*|drop\w*|retir\w*|kill\w*|clean\w*\s*up|get\s+rid\s+of)\s+(?:(?:the|a|an|our|old|obsolete|unused|legacy|stale|dead|deprecated|temporary|[a-z]+ed)\s+){0,3}(?:(?:feature\s+)?(?:flag|toggle)\s+)?(?:feature\s+)?`?$", Options, MatchBudget.Milliseconds)]
    private static partial Regex RemovedBefore();

    [GeneratedRegex(@"^`?\s*(?:(?:feature\s+)?(?:flag|toggle)\s+)?(?:is\s+|was\s+|gets\s+|got\s+|are\s+|has\s+been\s+)?(?:removed|deleted|dropped|gone|retired|killed|cleaned\s+up)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex RemovedAfter();

    [GeneratedRegex(@"\d{1,3}\s?%\s+of\s+(?:the\s+|all\s+)?(?<who>(?:[A-Za-z][A-Za-z-]*\s+){0,3}?(?:tenants|users|traffic|customers|accounts|requests|merchants|orgs|organi[sz]ations|shops|stores|sessions))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ShareOf();
}
