using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Settings the notes name only to say they stay as they are: "app unchanged, same DATABASE_URL (pgbouncer repoint)",
/// "DATABASE_URL is unchanged", "no change to REDIS_URL". Such a name is context for the engineer, not a value to apply:
/// applying "the new DATABASE_URL" and restarting would change what the notes promise stays put.
/// </summary>
internal static partial class UnchangedSettings
{
    /// <summary>The names among <paramref name="keys"/> that the notes say stay the same.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> keys, string notes) =>
        [.. keys.Where(key => IsUnchanged(key, notes))];

    /// <summary>
    /// The names among <paramref name="keys"/> the notes do not keep: the only ones a summary may call risky or changed
    /// ("REDIS_URL stays the same" beside a cache engine change names no changed setting).
    /// </summary>
    public static IReadOnlyList<string> Changed(IEnumerable<string> keys, string notes) =>
        [.. keys.Where(key => !IsUnchanged(key, notes))];

    /// <summary>Every key is one the notes keep as it is (and there is at least one).</summary>
    public static bool All(IReadOnlyCollection<string> keys, string notes) => keys.Count > 0 && keys.All(key => IsUnchanged(key, notes));

    private static bool IsUnchanged(string key, string notes)
    {
        var name = Regex.Escape(key);
        return Regex.IsMatch(notes, $@"{Before}`?{name}`?(?![\w])|(?<![\w])`?{name}`?{After}", Options, MatchBudget.Timeout);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>"same DATABASE_URL", "no change to DATABASE_URL", "unchanged DATABASE_URL" ("keeps DATABASE_URL pointing at …" may change it).</summary>
    private const string Before = @"(?:\bsame\s+|\bno\s+changes?\s+(?:to|in|of)\s+(?:the\s+)?|\bunchanged\s+)";

    /// <summary>"DATABASE_URL unchanged", "DATABASE_URL stays the same", "DATABASE_URL does not change".</summary>
    private const string After = @"\s*(?:\(|,|:)?\s*(?:is\s+|stays?\s+|remains?\s+)?(?:unchanged\b|the\s+same\b|as\s+is\b|untouched\b)|\s+(?:does\s+not|doesn't|doesn’t|will\s+not|won't|won’t)\s+change\b";
}
