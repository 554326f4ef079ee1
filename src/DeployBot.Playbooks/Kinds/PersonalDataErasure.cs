using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A data job that erases or anonymises personal data ("GDPR erasure backlog: running erase_users for 1,840 requests …
/// irreversible"). Its snapshot is not a way back like any other: restoring it brings back the very data the law required
/// to be erased, so it repairs a wrong erasure only, with the data protection officer, and the erasure is then run again.
/// </summary>
internal static partial class PersonalDataErasure
{
    public static bool In(PlanFacts facts) => Erasure().IsMatch(facts.Notes);

    public const string Check =
        "Erasure: the data protection officer approved the exact list of requests in this run, and a dry run counted the records each request erases or anonymises; records the law says to keep (e.g. orders for tax) are excluded.";

    public const string Rollback =
        "Personal-data erasure cannot be reversed, and must not be: restoring the snapshot taken before it brings the erased personal data back, so restore it only to repair records the job damaged by mistake, with the data protection officer's approval, then run the erasure again for every request it covered; the snapshot expires under the backup retention policy like the others.";

    [GeneratedRegex(@"\bgdpr\b[^.\n]{0,60}?\b(?:eras\w*|delet\w*|anonymi[sz]\w*) | \b(?:right\s+to\s+(?:be\s+forgotten|erasure)|dsars?)\b | \beras(?:e|es|ed|ing|ure)(?:_\w+)?\b[^.\n]{0,40}?\b(?:users?|accounts?|customers?|pii|personal|profiles?|requests)\b | \b(?:pii|personal\s+data)\b[^.\n]{0,30}?\b(?:anonymi[sz]\w*|pseudonymi[sz]\w*|eras\w*)", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Erasure();
}
