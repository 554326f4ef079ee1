using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// SQL written out in an item ("`ALTER TABLE events ADD COLUMN created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP`"): its
/// DEFAULT is a column's default value and its CURRENT_TIMESTAMP a function of the database, not a setting the operator
/// changes. The configuration area reads the item without it; the schema area still reads all of it.
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary><paramref name="text"/> without the SQL statements and column clauses it writes out.</summary>
    internal static string WithoutSql(string text) => SqlDefault().Replace(SqlStatement().Replace(text, " "), " ");

    /// <summary>
    /// A DDL statement up to its end (";", the end of its code span or line): "ALTER TABLE … ADD COLUMN …", "CREATE TABLE …
    /// (…)", "CREATE UNIQUE INDEX …"; in capitals also a bare column clause ("ADD COLUMN x INT DEFAULT 0", "ALTER COLUMN x
    /// SET DEFAULT 0"), as upgrade notes quote them.
    /// </summary>
    [GeneratedRegex("""
        \b(?:alter|create)\s+(?:or\s+replace\s+)?(?:unique\s+)?(?:table|index|view|type|sequence)\s+(?:if\s+(?:not\s+)?exists\s+)?[`"]?[\w.]+[`"]?\s+(?:add|drop|alter|rename|set|on|as|\()[^;`\n]*
        | (?-i:\b(?:ADD|ALTER|MODIFY)\s+COLUMN\b)[^;`\n]*
        """, Options, TimeoutMs)]
    private static partial Regex SqlStatement();

    /// <summary>SQL's DEFAULT clause in capitals with its value ("DEFAULT CURRENT_TIMESTAMP", "DEFAULT NOW()", "DEFAULT 0").</summary>
    [GeneratedRegex("""
        (?-i:\bDEFAULT\s+(?:CURRENT_[A-Z]+|LOCALTIMESTAMP|NOW\(\)|NULL|TRUE|FALSE|'[^'\n]{0,40}'|-?\d+(?:\.\d+)?|[a-z_]+\(\)))
        """, Options, TimeoutMs)]
    private static partial Regex SqlDefault();
}
