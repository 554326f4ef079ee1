using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Release-kind forms read in session 30: the compiler toolchain's floor told in other words ("Bump the minimal supported
/// rust version to 1.77", "bump required rust version to 1.81", "The new minimum rust version will be 1.75", "MSRV is now
/// 1.80"). As with <see cref="ToolchainFloor"/>, only whoever builds needs it: breaking, and in a 0.x minor that release's
/// upgrade step.
/// </summary>
internal static partial class KindSignals
{
    [GeneratedRegex("""
          \b(?:update|bump|rais|increas)\w*\s+(?:the\s+)?(?:minim(?:um|al)\s+(?:supported\s+|required\s+)?|required\s+)(?:rust|rustc|go|golang)\s+(?:toolchain\s+)?version\s+to\s+v?\d
        | \b(?:new\s+)?minim(?:um|al)\s+(?:supported\s+|required\s+)?(?:rust|rustc|go|golang)\s+(?:toolchain\s+)?version\s+(?:will\s+be|is\s+now|becomes|is)\s+v?\d
        | \bmsrv\s+(?:will\s+be|is\s+now|becomes)\s+v?\d
        """, Options, TimeoutMs)]
    private static partial Regex ToolchainFloor30();
}
