using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Breaking told apart from what only sounds like it. Breaking: a setting deprecated and now ignored ("has been deprecated
/// and is ignored": whoever set it loses its effect) and an existing part of an API removed even under a "Bug
/// Fixes" heading ("An existing method `X` is removed from service `Y`"). Not breaking: a pointer for those upgrading from
/// an older major ("If you are upgrading from an older major version, read …"), and in a fix an "incompatible" thing that
/// was the bug's cause ("failure to initialize due to incompatible dependencies", "prevent incompatible TLS certificates").
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary><paramref name="text"/> as the breaking area reads it: without the asides above (the bug's cause only in a fix).</summary>
    internal static string WithoutBreakingAsides(string text, bool describesBug)
    {
        var asides = OlderMajor().Replace(WithoutNonBreaking30(WithoutChangelogScope(text)), " ");
        return describesBug ? IncompatibleThing().Replace(asides, " ") : asides;
    }

    [GeneratedRegex("""
        \bdeprecated\s+and\s+(?:is\s+|are\s+)?(?:now\s+)?ignored\b | \b(?:is|are)\s+now\s+ignored\b
        """, Options, TimeoutMs)]
    private static partial Regex BreakingChange3();

    /// <summary>"An existing method `SearchFuzzedVehicles` is removed from service `VehicleService`".</summary>
    [GeneratedRegex(@"\ban?\s+existing\s+(?:[\w-]+\s+){0,2}?`?[\w.]+`?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+removed\b", Options, TimeoutMs)]
    internal static partial Regex ExistingRemoved();

    [GeneratedRegex(@"\b(?:older|previous|earlier|prior)\s+major\s+versions?\b", Options, TimeoutMs)]
    private static partial Regex OlderMajor();

    [GeneratedRegex(@"\bincompatible\s+(?!(?:api\s+)?changes?\b|with\b)(?=[\w`])", Options, TimeoutMs)]
    private static partial Regex IncompatibleThing();
}
