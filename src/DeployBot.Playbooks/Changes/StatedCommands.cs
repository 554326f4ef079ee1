using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A data migration the notes tell the operator to run by name, written as code: "migrate them from the old format
/// using the `migratelogs` command", "run `bin/tootctl search deploy` to rebuild the index". The plan runs that command,
/// not a generic backfill, and keeps the notes' warning when it may run only once.
/// </summary>
/// <param name="Command">The command as the notes write it.</param>
/// <param name="OnlyOnce">The item, or the sentence right after it, says to run it once only.</param>
internal sealed partial record StatedCommands(string Command, bool OnlyOnce)
{
    /// <summary>
    /// The command a data item says to run to migrate, convert or rebuild stored data; null when none does. Not a
    /// command the item rules out ("you no longer need to run `x`"), nor an option or a format ("using `zstd`").
    /// </summary>
    public static StatedCommands? DataMigration(ReleaseAnalysis analysis)
    {
        var items = analysis.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i].Text;
            if (!items[i].Risks.Contains(RiskArea.Data) || !Migrates().IsMatch(text))
            {
                continue;
            }

            foreach (Match match in CommandPattern().Matches(text))
            {
                if (!RuledOut().IsMatch(text.AsSpan(0, match.Index)))
                {
                    var next = i + 1 < items.Count && !CommandPattern().IsMatch(items[i + 1].Text) ? items[i + 1].Text : string.Empty;
                    return new StatedCommands(match.Groups["cmd"].Value.Trim(), Once().IsMatch(text) || Once().IsMatch(next));
                }
            }
        }

        return null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"run `x`", "execute `x`"; "using/with the `x` command|task|script|tool". The command starts with a letter, '.' or '/'.</summary>
    [GeneratedRegex(@"\b(?:run|runs|running|execute|executes|executing|invoke|invoking)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?`(?<cmd>[a-z./][^`\n]{1,79})`
        | \b(?:using|use|with|via)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?`(?<cmd>[a-z./][^`\n]{1,79})`(?:\s+[\w-]+){0,2}?\s+(?:command|task|script|tool)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"\bmigrat\w* | \bconvert\w* | \bback-?fill\w* | \bre-?index\w* | \bre-?build\w* | \bre-?encrypt\w* | \bre-?hash\w* | \brecalculat\w* | \bimport\w*\s+(?:the\s+|your\s+)?(?:old|existing|legacy)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Migrates();

    /// <summary>A negation before the command in its sentence: "no longer need to run", "do not run", "never execute".</summary>
    [GeneratedRegex(@"\b(?:not|never|no\s+longer|don'?t|doesn'?t|without|instead\s+of)\b[^.;\n]*$", Options, MatchBudget.Milliseconds)]
    private static partial Regex RuledOut();

    [GeneratedRegex(@"\bonly\s+run\s+(?:this|it)\s+once\b | \brun\s+(?:this|it)\s+only\s+once\b | \b(?:must|should)\s+(?:not|never)\s+(?:be\s+)?run\s+(?:more\s+than\s+once|twice)\b | \b(?:run|execute)s?\s+(?:it\s+|this\s+)?once\s+only\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Once();
}
