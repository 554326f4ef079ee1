using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes give a way to keep the old behaviour when the new version changes a default: "Unless you configure
/// `password_encryption: md5` in the manifest, the operator will encrypt existing passwords with scram-sha-256", "unless
/// you set `legacy_ids: true`, ids are rewritten on start". Whether to take it is the service owner's decision, made before
/// the upgrade (afterwards the new default has already acted), and the setting goes out with the new version.
/// </summary>
/// <param name="Setting">The setting that keeps the old behaviour, as the notes write it (`password_encryption: md5`).</param>
/// <param name="Line">Its line in the notes (1 for the first).</param>
internal sealed partial record OptOut(string Setting, int Line)
{
    public static OptOut? Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        for (var i = 0; i < lines.Length; i++)
        {
            if (Unless().Match(lines[i]) is { Success: true } unless)
            {
                return new OptOut(unless.Groups["setting"].Value, i + 1);
            }
        }

        return null;
    }

    /// <summary>"Unless you configure `x: y` …, the operator will …": a named setting, then what the new version does otherwise.</summary>
    [GeneratedRegex(@"\bunless\s+you\s+(?:explicitly\s+)?(?:configure|set|specify|pin|keep|enable|disable|add)\s+(?<setting>`[^`\n]{2,80}`)(?:`[^`\n]{0,80}`|[^.;\n`]){0,160}?\b(?:will|would)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Unless();
}
