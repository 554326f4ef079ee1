using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>The words by which a destructive item says what it does: drops, renames, NOT NULL, type changes, row deletions, archives.</summary>
internal sealed partial record DestructiveParts
{
    private static string? ReplacementOf(string item, IReadOnlyList<string> names) =>
        ReleaseAnalyzer.ReplacementNames(item, [.. names.Where(name => !NotesFacts.IsFilePath(name) && !FileLike().IsMatch(name))]).Take(3).ToArray() is { Length: > 0 } replacing
            ? Wording.Code(replacing) : null;

    /// <summary>"archived to s3 last week", "exported to the data lake", "backed up to gs://…": a copy the notes say exists.</summary>
    [GeneratedRegex(@"\b(?:already\s+)?(?:archived|exported|backed\s+up|copied|dumped)\s+(?:to|into|in)\s+[^,;)\n]{2,60}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Archive();

    [GeneratedRegex(@"(?<![\w-])(?:delet\w*|purg\w*|prun\w*|dedup\w*|deduplicat\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RowDeletion();

    /// <summary>How many rows the notes expect ("~2M rows", "~12k dup rows").</summary>
    [GeneratedRegex(@"~?\d[\d.,]*\s*[kmb]?\s+(?:[a-z-]+\s+)?(?:rows|records)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RowCount();

    [GeneratedRegex(@"(?<![\w-])(?:drop|dropp\w*|drops|delet\w*|remov\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Dropping();

    [GeneratedRegex(@"\bnot[\s-]null\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NotNull();

    [GeneratedRegex(@"`?(?<name>[A-Za-z_][\w]*\.[A-Za-z_][\w]*)`?\s+(?:to\s+)?not[\s-]null\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Constrained();

    [GeneratedRegex(@"(?:->|→|=>|\bto\b)\s*(?:numeric|decimal|bigint|int|integer|text|varchar|uuid|jsonb?|timestamptz|timestamp|boolean|date|float|double)\b|\b(?:column\s+)?type\s+change\b|\bchange\w*\s+(?:the\s+)?(?:column\s+)?type\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TypeChange();

    [GeneratedRegex(@"\bmongo(?:db|sh)?\b|\bcollections?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex MongoWord();

    /// <summary>A stored thing by its kind: "the old table", "the `events` collection", "the rows of …".</summary>
    [GeneratedRegex(@"\b(?:tables?|collections?|columns?|indexes|indices|index|rows|records)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StoredNoun();

    [GeneratedRegex(@"\btruncat\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Truncate();

    /// <summary>"nulls the plaintext column", "null out api_keys.key", "set … to NULL": the column stays, its values go.</summary>
    [GeneratedRegex(@"\bnull(?:s|ed|ing)?\s+(?:out\s+)?(?:the\s+|every\s+|all\s+)?[`\w]|\bset\w*\s+[^.;\n]{1,60}?\bto\s+null\b|\bwip(?:e|es|ed|ing)\s+(?:out\s+)?(?:the\s+)?[`\w]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NullOut();

    /// <summary>
    /// The item calls the name an option or setting ("Remove `tag_args` option", "Rename `error_handler` settings to
    /// `on_error`"): whatever still sets it is config or the code that configures the service, not a client in the access logs.
    /// </summary>
    private static bool CalledAnOption(string item, string name) =>
        !name.StartsWith('/') && Called(item, name, before: @"(?:options?|settings?|parameters?)", after: @"(?:config(?:uration)?\s+)?(?:options?|settings?|parameters?|config\s+keys?)");

    /// <summary>"Rename `error_handler` settings to `on_error`", "rename table order_items to line_items": the new name, or null.</summary>
    private static string? RenamedTo(string item) =>
        RenameTarget().Match(item) is { Success: true } rename && !Purpose(item, rename.Groups["new"]) ? rename.Groups["new"].Value.Trim('`', '"', '\'') : null;

    /// <summary>
    /// "Rename CLI flags to improve user interface", "renamed to make them consistent": a bare lower-case word after "to"
    /// that another plain word follows is a verb saying why, not the new name (a name is quoted, or has a digit, an
    /// underscore, a dot or a capital, or ends the clause: "rename table order_items to line_items").
    /// </summary>
    private static bool Purpose(string item, Group name)
    {
        var quoted = name.Index > 0 && item[name.Index - 1] is '`' or '"' or '\'';
        return !quoted && PlainWord().IsMatch(name.Value) && FollowedByWord().IsMatch(item[(name.Index + name.Length)..]);
    }

    /// <summary>In a line that says "rename", the first quoted "`A` … to `B`" pair's new name (the pair that is not the first on its line).</summary>
    private static string? PairedNew(string item) =>
        QuotedRename().Match(item) is { Success: true } pair ? pair.Groups["new"].Value : null;

    /// <summary>"`New` SQL schema to `Multihost`", "`Default` to `Singlehost`": a quoted old name and its quoted new name.</summary>
    [GeneratedRegex(@"[`""'](?<old>[A-Za-z_][\w.-]*)[`""'](?:\s+[\w-]+){0,3}?\s+(?:to|into|→|->)\s+[`""'](?<new>[A-Za-z_][\w.-]*)[`""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex QuotedRename();

    [GeneratedRegex(@"^[a-z]+$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex PlainWord();

    /// <summary>Another word follows that does not end the name's clause ("to improve user interface", not "to line_items in …").</summary>
    [GeneratedRegex(@"^\s+(?!(?:and|or|in|on|for|with|at|from|as|so|since|because|when|while|if|but|across|throughout|instead|now|too)\b)[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FollowedByWord();

    /// <summary>A dotted configuration key ("zookeeper.connect", "spring.datasource.url"), not a table's column.</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:\.[a-z][a-zA-Z0-9-]*)+$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DottedKey();

    /// <summary>A name that ends like a file ("…/20261208_remove_avatar.rb:"), a piece of a migration's path rather than an endpoint.</summary>
    [GeneratedRegex(@"^/.*\.(?:rb|sql|py|go|js|ts|java|kt|cs|php|ex|exs|ya?ml|json|sh)\W*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchBudget.Milliseconds)]
    private static partial Regex FileLike();

    /// <summary>
    /// "rename table order_items to line_items", "renamed `a.b` → `a.c`", "Rename column orders.cust_id to orders.customer_id"
    /// (a dot inside a name does not end the sentence; other languages' prepositions are too ambiguous).
    /// </summary>
    [GeneratedRegex(@"\b(?:renam\w*|umbenenn\w*|renomm\w*|renombr\w*|renome\w*)\b(?:[^.;\n]|\.(?=\w))*?(?:\bto\b|\binto\b|→|->)\s+[`""']?(?<new>[A-Za-z_][\w.]*[\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RenameTarget();

    [GeneratedRegex(@"\b(?:renam\w*|umbenenn\w*|renomm\w*|renombr\w*|renome\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RenameWord();

    /// <summary>"users.name → users.full_name (rename col; …)": the arrow comes before the word that says it is a rename.</summary>
    [GeneratedRegex(@"[`""']?(?<old>[A-Za-z_][\w.]*[\w])[`""']?\s*(?:→|->|=>)\s*[`""']?(?<new>[A-Za-z_][\w.]*[\w])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ArrowRename();
}
