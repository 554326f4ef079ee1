using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes allow the upgrade only from a given version: "Migrating the database should be done by upgrading to the latest
/// 2.x series then to M3", "you must first upgrade to 1.9", "upgrade to 4.4 before upgrading to 5.0", "Upgrade path: 3.2 →
/// 3.4 → 4.0", "Direct upgrades from 2.x are not supported". From any other version the new version's migrations cannot
/// bring the data up (the older ones were removed), so the upgrade fails half-way or leaves a broken schema. The version
/// running now is checked before anything else, and the window stops if it is not that stepping stone.
/// </summary>
/// <param name="Stone">The version the upgrade must start from, in the notes' words ("the latest 2.x series"), or null when the notes only rule the direct path out.</param>
/// <param name="Sentence">The sentence of the notes that says so.</param>
/// <param name="Line">Its line in the notes (1 for the first).</param>
internal sealed partial record SteppingStone(string? Stone, string Sentence, int Line)
{
    public static SteppingStone? Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var sentence in Core.Text.Sentences.Of(lines[i]))
            {
                if (Through().Match(sentence) is { Success: true } through)
                {
                    return new SteppingStone(Trim(through.Groups["stone"].Value), sentence.Trim(), i + 1);
                }

                if (NoDirect().IsMatch(sentence))
                {
                    return new SteppingStone(null, sentence.Trim(), i + 1);
                }
            }
        }

        return null;
    }

    /// <summary>"the latest 2.x series", or, when the notes name none, what the upgrade guide names.</summary>
    public string Named => Stone ?? "the intermediate version the project's upgrade guide names";

    private static string Trim(string stone) => stone.Trim().TrimEnd('.', ',', ';', ':');

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>A version, or the latest of a series: "1.9", "v4.4.2", "the latest 2.x series", "the last 3.x release".</summary>
    private const string Version = @"(?<stone>(?:the\s+)?(?:(?:latest|last|newest|most\s+recent|final)\s+(?:release\s+of\s+(?:the\s+)?)?)?v?\d+(?:\.(?:\d+|x|\*))*(?:\s+(?:series|release|version|branch|line|LTS))?)";

    private const string Arrow = @"\s*(?:→|->|=>|⇒|>|to)\s*";

    /// <summary>
    /// "(should be done) by upgrading to the latest 2.x first / then to 3", "you must first upgrade to 1.9", "you need to
    /// upgrade to 4.4 before upgrading to 5.0", "upgrade to the last 3.x release first", "upgrade path: 3.2 → 3.4 → 4.0",
    /// "requires an upgrade to 2.9 first", "you have to go through 4.4".
    /// </summary>
    [GeneratedRegex(@"\bby\s+(?:first\s+)?upgrading\s+to\s+" + Version + @"\s*(?:,\s*)?(?:first|then|and\s+then|before|prior\s+to)\b
        | \b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|should|are\s+required\s+to|is\s+required\s+to)\s+first\s+(?:upgrade|update|migrate|go)\s+(?:to|through)\s+" + Version + @"
        | \b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|should|are\s+required\s+to)\s+(?:upgrade|update|migrate|go)\s+(?:to|through)\s+" + Version + @"\s+(?:first|before\s+(?:upgrading|updating|migrating|going|moving)\s+to\s+v?\d|prior\s+to\s+(?:upgrading\s+to\s+)?v?\d)
        | \bupgrade\s+(?:to|through)\s+" + Version + @"\s+(?:first|before\s+(?:upgrading|updating|migrating|going|moving)\s+to\s+v?\d)
        | \bupgrade\s+path\s*(?:is\s*)?:?\s*v?\d[\w.]*" + Arrow + Version + Arrow + @"v?\d
        | \brequires?\s+(?:an\s+)?(?:upgrade|update)\s+to\s+" + Version + @"\s+first\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Through();

    /// <summary>"Direct upgrades from 2.x are not supported", "upgrading directly from 1.x to 3.0 is not possible", "you cannot upgrade directly from 4.x".</summary>
    [GeneratedRegex(@"\bdirect\s+(?:upgrades?|updates?|migrations?)\s+from\s+[^;\n]{1,40}?\s+(?:are|is)\s+(?:not\s+(?:supported|possible|allowed)|unsupported|impossible)\b
        | \b(?:upgrading|updating|migrating)\s+directly\s+from\s+[^;\n]{1,40}?\s+(?:is\s+)?(?:not\s+(?:supported|possible|allowed)|unsupported|impossible)\b
        | \b(?:cannot|can't|can\s+not)\s+(?:upgrade|update|migrate)\s+directly\s+from\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoDirect();
}
