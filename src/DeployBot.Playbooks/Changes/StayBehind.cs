using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The setups the notes say must not take this release: "if you use Paddle Classic, you should continue to use Cashier
/// Paddle 1.x", "there is no upgrade path from Paddle Classic", "do not upgrade if you still run the v1 agents". They are
/// a go/no-go before anything starts: the plan cannot tell whether this environment is one of them, so someone must
/// say so, and stop the plan if it is.
/// </summary>
internal static partial class StayBehind
{
    /// <summary>The notes' sentences that keep some setups on the old version, in order (at most two).</summary>
    public static IReadOnlyList<string> In(string notes) =>
        [.. NotesLines.Sentences(notes).Where(sentence => Stays().IsMatch(sentence)).Distinct(StringComparer.Ordinal).Take(2)];

    [GeneratedRegex("""
        \bif\s+you\s+(?:use|are\s+using|still\s+use|rely\s+on|run|are\s+running|still\s+run|depend\s+on)\b[^.;\n]{1,80}?,?\s+(?:then\s+)?(?:you\s+)?(?:should|must|need\s+to|have\s+to|will\s+need\s+to)\s+(?:continue\s+(?:to\s+use|using|with)|stay\s+on|stay\s+with|remain\s+on|keep\s+using|not\s+upgrade|wait\b)
        | \b(?:do\s+not|don'?t|should\s+not)\s+upgrade\b[^.;\n]{0,60}?\bif\s+you\b
        | \bthere\s+is\s+no\s+(?:official\s+|supported\s+|automatic\s+)?(?:upgrade|migration)\s+path\s+from\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Stays();
}
