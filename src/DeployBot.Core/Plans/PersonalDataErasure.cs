using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans;

/// <summary>
/// Personal data erased on request (GDPR erasure, the right to be forgotten, PII anonymised): a deletion that must stay
/// done. Its way back is stopping the run, never restoring a snapshot, which would bring back what people asked to erase.
/// </summary>
public static partial class PersonalDataErasure
{
    /// <summary>The text speaks of erasing or anonymising personal data ("GDPR erasure backlog", "erase_users for 1,840 requests").</summary>
    public static bool Mentions(string text) => Erasure().IsMatch(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>
    /// A destructive item that erases personal data and does nothing else destructive: it changes no schema, and drops,
    /// truncates or purges nothing beside the erasure ("erase inactive accounts and delete all rows in sessions_archive"
    /// still owes a restore of sessions_archive).
    /// </summary>
    public static bool Erases(ReleaseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !item.Risks.Contains(RiskArea.Schema) && Mentions(item.Text) && !Besides().IsMatch(item.Text);
    }

    [GeneratedRegex(@"\bdrop\w* | \btruncat\w* | \bpurg\w* | \bdelete\s+all\b | \brows\s+(?:in|from|of)\s+(?!(?:the\s+)?(?:users?|accounts?|customers?|profiles?|addresses)\b)\w", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Besides();

    [GeneratedRegex(@"\bgdpr\b[^.\n]{0,60}?\b(?:eras\w*|delet\w*|anonymi[sz]\w*) | \b(?:right\s+to\s+(?:be\s+forgotten|erasure)|dsars?)\b | \beras(?:e|es|ed|ing|ure)(?:_\w+)?\b[^.\n]{0,40}?\b(?:users?|accounts?|customers?|pii|personal|profiles?|requests)\b | \b(?:pii|personal\s+data)\b[^.\n]{0,30}?\b(?:anonymi[sz]\w*|pseudonymi[sz]\w*|eras\w*)", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Erasure();
}
