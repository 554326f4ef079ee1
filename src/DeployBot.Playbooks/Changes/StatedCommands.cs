using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A data migration the notes tell the operator to run by name, written as code: "migrate them from the old format
/// using the `migratelogs` command", "run `bin/tootctl search deploy` after upgrading". The plan runs that command,
/// not a generic backfill, and keeps the notes' warning when it may run only once.
/// </summary>
internal static partial class StatedCommands
{
    /// <summary>The command a data item of the notes says to run; null when none does.</summary>
    public static string? DataMigration(ReleaseAnalysis analysis) =>
        analysis.Items.Where(item => item.Risks.Contains(RiskArea.Data))
            .Select(item => Command().Match(item.Text))
            .FirstOrDefault(match => match.Success)?.Groups["cmd"].Value.Trim();

    /// <summary>The notes warn that it must run only once ("only run this once", "must not be run twice").</summary>
    public static bool OnlyOnce(string notes) => Once().IsMatch(notes);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:run|runs|running|execute|executing|using|use|invoke|invoking)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?`(?<cmd>[^`\n]{2,80})`", Options, 1000)]
    private static partial Regex Command();

    [GeneratedRegex(@"\bonly\s+run\s+(?:this|it)\s+once\b | \brun\s+(?:this|it)\s+only\s+once\b | \b(?:must|should)\s+(?:not|never)\s+(?:be\s+)?run\s+(?:more\s+than\s+once|twice)\b | \bonly\s+once\b", Options, 1000)]
    private static partial Regex Once();
}
