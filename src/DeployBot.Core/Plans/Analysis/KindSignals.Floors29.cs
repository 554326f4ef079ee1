using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Release-kind forms read in session 29: a platform floor raised in other words ("Minimal PHP version was increased from 7.3
/// to 7.4", "Bump Elixir requirement to 1.16", "The minimum supported Kubernetes version is v1.31"), and everything of a
/// kind rewritten on upgrade with the time it takes ("rebuilds all content items, assets and asset folders which can take
/// a few minutes").
/// </summary>
internal static partial class KindSignals
{
    [GeneratedRegex($$"""
          \bminim(?:um|al)\s+(?:supported\s+|required\s+)?(?:{{Engine}}|{{ServerRuntime}})\s+versions?\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:now\s+)?(?:increased|raised|bumped)\s+(?:from\s+\S+\s+)?to\s+v?\d
        | \b(?:bump\w*|rais\w*|increas\w*|updat\w*)\s+(?:the\s+)?(?:minimum\s+)?(?:{{Engine}}|{{ServerRuntime}})\s+(?:version\s+)?requirements?\s+to\s+v?\d
        | \bminimum\s+(?:supported\s+|required\s+)?{{Platform}}\s+version\s+is\s+(?:now\s+)?v?\d
        """, Options, TimeoutMs)]
    private static partial Regex PlatformFloor29();

    /// <summary>
    /// All stored items of a kind rebuilt, reindexed or converted, with how long it takes ("this version rebuilds all content
    /// items … which can take a few minutes", "migrates all existing documents; this may take several hours"): a data
    /// migration the operator waits for.
    /// </summary>
    [GeneratedRegex("""
        \b(?:rebuild\w*|re-?index\w*|migrat\w*|convert\w*|rewrit\w*|re-?encrypt\w*)\s+all\s+(?:of\s+)?(?:the\s+|existing\s+|your\s+|stored\s+)?[^.;\n]{0,80}?\b(?:which|that|this|it)\s+(?:can|may|might|will|could)\s+take\s+(?:a\s+(?:few|couple|while|long)|several|some|many|up\s+to|hours|minutes)\b
        """, Options, TimeoutMs)]
    internal static partial Regex TimedRewrite();
}
