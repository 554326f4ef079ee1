using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// What the SQL an upgrade guide gives creates ("```sql CREATE TABLE re_references (…)```", "`CREATE INDEX idx_a ON t (c)`",
/// "`ALTER TABLE users ADD COLUMN locale …`"): the tables, indexes and columns the new version needs, named by the
/// expand step that creates them. The sentence that introduces such SQL ("a new table is required to be created in the
/// database") often names nothing itself.
/// </summary>
internal static partial class SqlCreates
{
    /// <summary>The objects the notes' SQL creates, in the notes' order, once each (a column as <c>table.column</c>).</summary>
    public static IReadOnlyList<string> Names(string notes) =>
        [.. Create().Matches(notes).Select(match => match.Groups["column"].Success ? $"{Bare(match.Groups["name"].Value)}.{Bare(match.Groups["column"].Value)}" : Bare(match.Groups["name"].Value))
            .Where(name => !Keyword().IsMatch(name)).Distinct(StringComparer.OrdinalIgnoreCase).Take(6)];

    /// <summary>The command is SQL that creates a table, an index or a column ("CREATE TABLE re_references (…)").</summary>
    public static bool Creates(string command) => Create().Match(command) is { Success: true, Index: < 3 };

    /// <summary>
    /// The item asks for schema objects to be created or added ("a new table is required to be created", "new columns must
    /// be added", "create the index"): the expand migration before the rollout does that, not a step after it.
    /// </summary>
    public static bool AsksToCreate(string item) => CreateWords().IsMatch(item);

    private static string Bare(string name) => name.Trim('`', '"', '[', ']');

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string Name = @"[`""\[]?[a-z_][\w$]*[`""\]]?(?:\.[`""\[]?[a-z_][\w$]*[`""\]]?)?";

    [GeneratedRegex($@"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<name>{Name})
        | \bCREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?<name>{Name})\s+ON\b
        | \bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?<name>{Name})\s+ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?!CONSTRAINT\b|INDEX\b|KEY\b|PRIMARY\b|UNIQUE\b|FOREIGN\b|CHECK\b)(?<column>{Name})", Options, MatchBudget.Milliseconds)]
    private static partial Regex Create();

    /// <summary>SQL's own words that the loose name pattern could take for a name.</summary>
    [GeneratedRegex(@"^(?:IF|NOT|EXISTS|ON|ONLY|COLUMN|TABLE|INDEX)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\bnew\s+(?:[\w-]+\s+)?(?:tables?|columns?|index(?:es)?|schemas?)\b[^.;]{0,60}?\b(?:required|needed|necessary|must|needs?\s+to|has\s+to|have\s+to)\b
        | \b(?:tables?|columns?|index(?:es)?|schemas?)\b[^.;]{0,40}?\b(?:is|are|must\s+be|needs?\s+to\s+be|has\s+to\s+be|have\s+to\s+be)\s+(?:now\s+)?(?:required\s+to\s+be\s+)?(?:created|added)\b
        | \b(?:create|add)\s+(?:the\s+|a\s+)?(?:new\s+)?(?:tables?|columns?|index(?:es)?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex CreateWords();
}
