using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Release-kind forms read in session 31: a .NET target framework dropped ("drops the `net6.0` target framework", "Removed
/// net6.0 and net7.0 TFMs"), a floor stated with a parenthesis before "or newer" ("requires PHP 7.2 (see known regressions
/// section) or newer"), the Go toolchain's floor told as what building needs ("The minimal Go version required to build X
/// is v1.26.x"), and the version of an XML release element (<c>&lt;release version="2.54.1" title="Bug Fix"&gt;</c>, as
/// pgBackRest's and AppStream's release notes write it).
/// </summary>
internal static partial class KindSignals
{
    [GeneratedRegex($$"""
          \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\s+(?:support\s+for\s+)?(?:the\s+)?`?net(?:coreapp)?\d+\.\d+`?(?:\s*(?:,|and)\s*`?net(?:coreapp)?\d+\.\d+`?)*\s+(?:target\s+frameworks?|tfms?)\b
        | \b(?:require|requires|required|need|needs)\s+(?:{{Engine}}|{{ServerRuntime}})\s+v?\d+(?:\.\d+)*\+?\s+\([^)\n]{1,60}\)\s+(?:or|and)\s+(?:later|newer|higher|above)\b
        """, Options, TimeoutMs)]
    private static partial Regex PlatformFloor31();

    [GeneratedRegex("""
          \bminim(?:um|al)\s+(?:supported\s+)?(?:rust|rustc|go|golang)\s+(?:toolchain\s+)?version\s+(?:required|needed)\s+(?:to\s+build|for\s+building)\b[^.;\n]{0,40}?\s(?:is|is\s+now|will\s+be|becomes)\s+v?\d
        """, Options, TimeoutMs)]
    private static partial Regex ToolchainFloor31();

    /// <summary>The version of an XML release element on the notes' first line (<c>&lt;release date="…" version="2.54.1"&gt;</c>), as a version line.</summary>
    private static string? XmlReleaseVersion(string firstLine) =>
        XmlRelease().Match(firstLine) is { Success: true } match ? "Version " + match.Groups["version"].Value : null;

    [GeneratedRegex("""^<release\b[^>]*\bversion="(?<version>v?\d{1,4}\.\d{1,3}(?:\.\d{1,4})?)"[^>]*>""", Options, TimeoutMs)]
    private static partial Regex XmlRelease();
}
