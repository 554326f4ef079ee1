using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>How the schema steps name what an item touches: its objects in code, the names it adds, the columns an index covers.</summary>
internal sealed partial class SchemaPlaybook
{
    /// <summary>
    /// The objects an item touches, as code ("`users.password_md5`"), or, when it names none, what it removes in its own
    /// words or its line's (<see cref="RemovedSubject"/>), or failing that the line of the <paramref name="notes"/> it stands
    /// on ("what line 12 of the notes removes"), the notes being shown above every plan.
    /// </summary>
    internal static string Objects(ReleaseItem item, string notes)
    {
        // The migration file that drops a column is where the step runs (its reference), not what it removes.
        var names = NotesFacts.RemovedIn(item.Text)
            .Where(name => !(NotesFacts.IsFilePath(name) && ItemNames.IsFileNotObject(item, name))).Take(3).ToArray();
        if (names.Length > 0)
        {
            return Wording.Code(names);
        }

        // "Karpenter controller policy for prior to Karpenter v1 have been removed": the item's own words say what to look for,
        // or, for a sentence about a deletion its line makes ("Dropping an invalid unique index gives up that constraint" after
        // "Boot now drops any index Postgres left invalid"), the line's words.
        if (RemovedSubject.Of(item.Text) is { } said)
        {
            return said;
        }

        var lines = NotesLines.Of(notes);
        return OperatorActions.LineOf(notes, item.Text) is not { } line ? "what the destructive item in the notes removes (name it here before starting)"
            : line <= lines.Length && RemovedSubject.Of(lines[line - 1]) is { } onLine ? onLine
            : $"what line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)} of the notes removes";
    }

    /// <summary>
    /// Every object the items add, as code after ": ": the names <see cref="NotesFacts.NamesIn"/> finds and the plain words
    /// listed after what they are ("new tables workspaces, workspace_members"), which have no name's shape of their own,
    /// and what the SQL the notes give creates (<see cref="SqlCreates"/>: "a new table is required" over a CREATE TABLE).
    /// </summary>
    private static string Added(IReadOnlyList<ReleaseItem> items, string notes)
    {
        // "index on payments(provider_ref)": the index is named by its table and columns, not by a bare column.
        var indexed = items.SelectMany(item => IndexedColumns().Matches(item.Text))
            .Select(match => $"{match.Groups["table"].Value}({string.Join(", ", match.Groups["column"].Captures.Select(column => column.Value))})").ToArray();
        var listed = items.SelectMany(item => Listed().Matches(item.Text)).SelectMany(match => match.Groups["name"].Captures.Select(capture => capture.Value.Trim('`')));
        var all = indexed.Concat(listed).Concat(items.Count == 0 ? [] : SqlCreates.Names(notes)).Concat(items.SelectMany(item => LineParts.NamesIn(item.Text, KindEvidence.SpeaksOfSchema))).Where(name => !NotesFacts.IsVersion(name)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        // "a `manage.py migrate` after upgrading": the script a command runs is the migration tool, not an object it adds.
        var names = all.Where(name => !items.Any(item => RunsCommand(item.Text, name)) && !all.Any(other => other.Length > name.Length && other.EndsWith(name, StringComparison.OrdinalIgnoreCase))
            && !indexed.Any(index => index != name && (index.StartsWith(name + "(", StringComparison.OrdinalIgnoreCase) || Regex.IsMatch(index, $@"[(\s]{Regex.Escape(name)}[,)]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout)))).Take(6).ToArray();
        return names.Length == 0 ? string.Empty : ": " + Wording.Code(names);
    }

    /// <summary>The name is a script that the item runs with a command: "`manage.py migrate`", "`console.php cache:clear`".</summary>
    private static bool RunsCommand(string item, string name) =>
        ScriptFile().IsMatch(name) && Regex.IsMatch(item, $@"(?<![\w./-]){Regex.Escape(name)}\s+[a-z][\w:-]*", RegexOptions.CultureInvariant, MatchBudget.Timeout);

    [GeneratedRegex(@"\.(?:py|sh|rb|php|pl|js|ts)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ScriptFile();

    /// <summary>The names listed after "new tables", "add column", "create index" (a word that is not a name ends the list).</summary>
    [GeneratedRegex(@"\b(?:new|adds?|added|adding|creates?|created|creating)\s+(?:\w+\s+)?(?:tables?|columns?|cols?|index(?:es)?|idx|views?)\s*:?\s*\(?(?!(?:on|for|to|in|of|with|that|which|and|is|are|the|a|an|nullable|if|no|not|only|yet)\b)`?(?<name>(?-i:[a-z_][\w.]*[\w]))`?(?:\s*(?:,|\band\b|&|\+)\s*(?!(?:on|for|to|in|of|with|that|which|and|is|are|the|a|an|nullable|if|no|not|only|yet)\b)`?(?<name>(?-i:[a-z_][\w.]*[\w]))`?)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Listed();

    /// <summary>
    /// "index on payments(provider_ref)", "idx on events (account_id, created_at)": the table and plain columns an index
    /// covers, after "on"; an expression ("users (lower(email))") or a function call is not read as a table.
    /// </summary>
    [GeneratedRegex(@"\b(?:index(?:es)?|idx|unique)\b[^.;\n]{0,40}?\bon\s+`?(?<table>[a-z_][\w.]*)`?\s?\(\s*(?<column>[a-z_]\w*)(?:\s*,\s*(?<column>[a-z_]\w*))*\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex IndexedColumns();
}
