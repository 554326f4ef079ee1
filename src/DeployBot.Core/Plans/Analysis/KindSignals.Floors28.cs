using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Release-kind forms read in session 28: platform floors and toolchain floors said in other words, a feature item after a
/// "Component - " prefix, and upgrade steps that drain queues or upgrade the database.
/// </summary>
internal static partial class KindSignals
{
    /// <summary>
    /// A server runtime or datastore floor told as a fact of this release ("3.50.0 is the first release to require Java 17",
    /// "The minimum Python version for this version is Python 3.9"): whoever runs an older one must upgrade it first.
    /// </summary>
    [GeneratedRegex($$"""
          \bfirst\s+(?:release|version)\b[^.;\n]{0,30}?\bto\s+require\s+(?:{{Engine}}|{{ServerRuntime}})\s+v?\d
        | \bminimum\s+(?:supported\s+|required\s+)?{{ServerRuntime}}\s+version\s+(?:for\s+this\s+(?:version|release)\s+)?is\s+(?:{{ServerRuntime}}\s+)?v?\d
        """, Options, TimeoutMs)]
    private static partial Regex PlatformFloor28();

    /// <summary>
    /// The compiler toolchain's floor raised ("Update minimum rust version to 1.75", "bump MSRV to 1.80"): only whoever
    /// builds needs it, so after 1.0 it is the callers' choice; in a 0.x minor it is that release's upgrade step.
    /// </summary>
    [GeneratedRegex("""
          \b(?:update|updates|updated|bump\w*|rais\w*|increas\w*)\s+(?:the\s+)?(?:minimum\s+(?:supported\s+)?(?:rust|rustc|go|golang)\s+version|msrv)\s+to\s+v?\d
        """, Options, TimeoutMs)]
    private static partial Regex ToolchainFloor();

    /// <summary>An item that adds something after a "Component - " prefix ("#5858 ConsoleTarget - Added ForceWriteLine").</summary>
    [GeneratedRegex(@"^\W*(?:\#\d+\s+)?[\w.]{2,40}\s+-\s+(?:add|adds|added|new|introduce\w*|allow\w*|expose\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex FeatureItem28();
}
