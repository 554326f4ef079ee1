using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>A heading's pre-release stage written apart from its version: "[5.0.0 BETA 1]", "4.0 (beta 2)", "2.1.0 RC1".</summary>
internal sealed partial record NotesFacts
{
    /// <summary>
    /// The version with the stage the heading writes after it ("5.0.0 BETA 1" is "5.0.0-beta.1", "4.0 (beta 2)" is
    /// "4.0-beta.2"), so that the version rolled out is not taken for the stable release; the version alone otherwise.
    /// </summary>
    private static string WithStage(string version, string rest)
    {
        if (version.Contains('-', StringComparison.Ordinal) || StageAfter().Match(rest) is not { Success: true } stage)
        {
            return version;
        }

        var word = stage.Groups["stage"].Value.ToLowerInvariant() switch
        {
            "release candidate" => "rc",
            var other => Space().Replace(other, string.Empty),
        };
        return stage.Groups["n"].Success ? $"{version}-{word}.{stage.Groups["n"].Value}" : $"{version}-{word}";
    }

    /// <summary>" BETA 1", " (beta 2)", " beta2", " RC 1", " rc.3", "-ALPHA" right after the version, in any case and spacing.</summary>
    [GeneratedRegex(@"^\]?\s*[(\[]?\s*(?<stage>alpha|beta|rc|release\s+candidate|preview|pre)(?:\s*[.-]?\s*(?<n>\d+))?(?![\w.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StageAfter();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Space();
}
