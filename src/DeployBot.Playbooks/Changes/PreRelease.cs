using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The release is a pre-release: its version says so ("6.0.0-alpha.0", "v3.1.0-rc.1", "2.0.0-beta.2") or the notes call it
/// one ("alpha 6.x release", "this is a release candidate"). Production runs it only when someone chose to, explicitly;
/// elsewhere the plan names it, so no one mistakes it for the stable release.
/// </summary>
/// <param name="Version">The version the notes give, or null when only their words say it is a pre-release.</param>
/// <param name="Stage">"alpha", "beta", "release candidate", "preview" or "pre-release".</param>
internal sealed partial record PreRelease(string? Version, string Stage)
{
    public static PreRelease? Read(string notes)
    {
        var version = NotesFacts.VersionOf(notes, null);
        if (version is not null && Suffix().Match(version) is { Success: true } suffix)
        {
            return new(version, StageOf(suffix.Groups["stage"].Value));
        }

        var without = DependencyBumps.Without(notes);
        return (Called().Match(without) is { Success: true } called ? called : HeadingStage().Match(without)) is { Success: true } said ? new(version, StageOf(said.Groups["stage"].Value)) : null;
    }

    /// <summary>"version 6.0.0-alpha.0 is an alpha", "this release is a release candidate".</summary>
    public string Described => Version is null ? $"this release is a {Stage}" : $"version {Version} is a{(Stage[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "n" : string.Empty)} {Stage}";

    private static string StageOf(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("alpha", StringComparison.Ordinal) => "alpha",
        var w when w.StartsWith("beta", StringComparison.Ordinal) => "beta",
        var w when w.StartsWith("rc", StringComparison.Ordinal) || w.StartsWith("release", StringComparison.Ordinal) => "release candidate",
        var w when w.StartsWith("preview", StringComparison.Ordinal) => "preview",
        _ => "pre-release",
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>A pre-release suffix of a semantic version: "-alpha.0", "-beta2", "-rc.1", "-pre", "-preview.3".</summary>
    [GeneratedRegex(@"-(?<stage>alpha|beta|rc|pre(?:view)?|dev|canary|nightly|snapshot)(?![a-z])", Options, MatchBudget.Milliseconds)]
    private static partial Regex Suffix();

    /// <summary>The notes call the release a pre-release: "alpha 6.x release", "a beta release", "release candidate 2", "this is a pre-release".</summary>
    [GeneratedRegex(@"\b(?<stage>alpha|beta|preview)\s+(?:v?\d[\w.]*\s+)?release\b(?!\s+(?:channel|track|branch|notes|program))
        | \b(?<stage>release\s+candidate)\b(?!\s+(?:channel|track|branch))
        | \b(?:this|it)\s+is\s+(?:a|an)\s+(?<stage>pre-?release|alpha|beta|preview)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Called();

    /// <summary>A heading whose version has its stage apart: "## [5.0.0 BETA 1]", "Version 4.0 (beta 2)", "# 2.1 RC 1", "v3.0.0 beta2".</summary>
    [GeneratedRegex(@"^[\#=\s]*\[?(?:version\s+|release\s+)?v?\d+(?:\.\d+)+\s*[(\[]?\s*(?<stage>alpha|beta|rc|release\s+candidate|preview)(?:\s*[.-]?\s*\d+)?(?![\w.])", Options | RegexOptions.Multiline, MatchBudget.Milliseconds)]
    private static partial Regex HeadingStage();
}
