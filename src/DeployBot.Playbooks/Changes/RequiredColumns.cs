using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A table the new version requires to have columns ("Historical query stats require the `stats` table to have
/// `query_hash` and `user` columns", "requires the `audit` table to contain a `tenant_id` column"): without them the
/// feature fails on every run, so an expand migration adds them before the rollout.
/// </summary>
/// <param name="Table">The table, as the notes name it.</param>
/// <param name="Columns">The columns it must have.</param>
/// <param name="Item">The item that requires them.</param>
internal sealed partial record RequiredColumns(string Table, IReadOnlyList<string> Columns, ReleaseItem Item)
{
    public static IReadOnlyList<RequiredColumns> Of(ReleaseAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var found = new List<RequiredColumns>();
        foreach (var item in analysis.Items.Where(item => !item.Fix))
        {
            foreach (Match match in TableToHave().Matches(item.Text).Concat(ColumnsOnTable().Matches(item.Text)))
            {
                var columns = Name().Matches(match.Groups["columns"].Value).Select(name => name.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToArray();
                if (columns.Length > 0)
                {
                    found.Add(new RequiredColumns(match.Groups["table"].Value, columns, item));
                }
            }
        }

        return found;
    }

    private const string RequiresWord = @"\b(?:requires?|needs?|expects?|must\s+have)\b";

    private const string TableNamed = @"(?:the\s+)?`(?<table>[\w.""]+)`\s+table";

    /// <summary>"require the `t` table to have `a` and `b` columns", "requires the `t` table to contain a `c` column".</summary>
    [GeneratedRegex(RequiresWord + @"\s+" + TableNamed + @"\s+to\s+(?:have|contain|include)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:columns?\s+)?(?<columns>`[\w""]+`(?:\s*(?:,|and|&)\s*`[\w""]+`){0,7})(?:\s+columns?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TableToHave();

    /// <summary>"requires the `a` and `b` columns on the `t` table", "needs a `c` column in the `t` table".</summary>
    [GeneratedRegex(RequiresWord + @"\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:columns?\s+)?(?<columns>`[\w""]+`(?:\s*(?:,|and|&)\s*`[\w""]+`){0,7})\s+columns?\s+(?:on|in|of)\s+" + TableNamed, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ColumnsOnTable();

    [GeneratedRegex(@"`(?<name>[\w""]+)`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Name();
}
