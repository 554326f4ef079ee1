using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The lines where the notes call something the operator does irreversible ("there is no way to reverse the hashing
/// process once you have migrated", "this step is one-way", "cannot be undone"): a go/no-go comes before it, and the
/// rollback says that redeploying the previous version does not undo it. Only the lines are kept, never the text.
/// </summary>
internal static partial class OneWaySteps
{
    /// <summary>The 1-based lines of <paramref name="notes"/> that say so, in order.</summary>
    public static IReadOnlyList<int> Lines(string notes)
    {
        var lines = NotesLines.Of(notes);
        return [.. Enumerable.Range(0, lines.Length).Where(index => OneWay().IsMatch(lines[index]) && !NotOneWay().IsMatch(lines[index])).Select(index => index + 1)];
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bno\s+way\s+to\s+(?:reverse|undo|revert|roll\s+back)\b | \b(?:cannot|can\s?not|can'?t|can’t)\s+be\s+(?:reversed|undone|reverted|rolled\s+back)\b
        | \birreversibl[ey]\b | \bnot\s+reversible\b | \bone-?way\s+(?:operation|step|process|migration|change|conversion)\b | \bis\s+one-?way\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex OneWay();

    /// <summary>
    /// "no longer irreversible", "is not irreversible", "can be reversed": the notes rule it out. A fix's line ("Fix the
    /// issue that a newer version cannot be rolled back to v5.0.x") describes the bug it fixes, not what the release does.
    /// </summary>
    [GeneratedRegex(@"\b(?:no\s+longer|not)\s+(?:an?\s+)?irreversibl | \bnow\s+reversible\b | ^\W*(?:\d+[.)]\s+)?(?:fix(?:es|ed)?|resolve[sd]?|correct(?:s|ed)?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NotOneWay();
}
