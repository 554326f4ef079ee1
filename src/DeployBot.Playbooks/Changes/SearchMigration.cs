using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Search moved from Elasticsearch to a new OpenSearch cluster: the indices reindexed into it while the old cluster keeps
/// serving, checked per index, then readers switched (an alias, the setting that names the cluster), with the old
/// cluster kept as the way back. Only what the notes say is read: the indices, the reindex's stated duration, a setting
/// renamed for the new cluster ("ES_URL renamed to SEARCH_URL") and what they leave for later. Null unless the notes
/// move from Elasticsearch to OpenSearch.
/// </summary>
internal sealed partial record SearchMigration(string Old, string New, IReadOnlyList<string> Indices, int? ReindexMinutes, string? OldKey, string? NewKey, bool Alias)
{
    public static SearchMigration? Read(string notes)
    {
        var move = Move().Match(notes);
        if (!move.Success)
        {
            return null;
        }

        var lines = Clause().Split(notes).Select(line => line.Trim(' ', '-', '*', '\t')).Where(line => line.Length > 0).ToArray();
        var reindex = lines.FirstOrDefault(line => Reindex().IsMatch(line));
        var renamed = Renamed().Match(notes);
        return new SearchMigration(
            Named("Elasticsearch", move.Groups["fv"]), Named("OpenSearch", move.Groups["tv"]),
            reindex is null ? [] : IndicesIn(reindex),
            reindex is null ? null : StatedDurations.First(reindex, Duration()),
            renamed.Success ? renamed.Groups["old"].Value : null, renamed.Success ? renamed.Groups["new"].Value : null,
            AliasWord().IsMatch(notes))
        {
            Later = [.. lines.Where(line => LaterWord().IsMatch(line) && !Reindex().IsMatch(line) && !AliasWord().IsMatch(line))],
        };
    }

    /// <summary>What the notes leave for later, as they put it ("kibana dashboards not migrated, will redo … later").</summary>
    public IReadOnlyList<string> Later { get; init; } = [];

    /// <summary>The indices as the steps write them: "`products` and `reviews`", or "every index".</summary>
    public string IndexNames => Indices.Count == 0 ? "every index" : string.Join(" and ", Indices.Select(index => $"`{index}`"));

    /// <summary>"the search indices `products` and `reviews`", or "every search index".</summary>
    public string SearchIndices => Indices.Count == 0 ? "every search index" : $"the search {(Indices.Count == 1 ? "index" : "indices")} {IndexNames}";

    /// <summary>The indices in a command's index list: "products,reviews", or a placeholder.</summary>
    public string IndexList => Indices.Count == 0 ? "<indices>" : string.Join(',', Indices);

    private static string Named(string engine, Group version) => version.Success ? $"{engine} {version.Value}" : engine;

    /// <summary>"reindex of products + reviews indices", "reindex the products and reviews indexes".</summary>
    private static string[] IndicesIn(string line) =>
        IndexListWord().Match(line) is { Success: true } list
            ? [.. Separator().Split(list.Groups["list"].Value).Select(name => name.Trim('`', ' ')).Where(name => name.Length > 0 && !Filler().IsMatch(name)).Distinct(StringComparer.OrdinalIgnoreCase).Take(6)]
            : [];

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:elastic\s?search|es)\s*v?(?<fv>\d+(?:\.\d+)*)?\s*(?:->|→|=>|\bto\b|\binto\b)\s*(?:an?\s+|the\s+|new\s+)*(?:aws\s+|amazon\s+)?open\s?search\b(?!\s+dashboards?)\s*v?(?<tv>\d+(?:\.\d+)*)?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Move();

    [GeneratedRegex(@"\n|(?<=[.;])\s+|,\s+(?=then\b)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\bre-?index\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Reindex();

    [GeneratedRegex(@"(?:\bof|\breindex\w*)\s+(?:the\s+|all\s+)?(?<list>[`\w-]+(?:\s*(?:\+|,|&|\band\b)\s*[`\w-]+)*)\s+ind(?:ices|ex(?:es)?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex IndexListWord();

    [GeneratedRegex(@"\s*(?:\+|,|&|\band\b)\s*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:the|all|search|full|every)$", Options, MatchBudget.Milliseconds)]
    private static partial Regex Filler();

    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Duration();

    /// <summary>"ES_URL renamed to SEARCH_URL", "rename ES_URL to SEARCH_URL", "ES_URL -> SEARCH_URL".</summary>
    [GeneratedRegex(@"\b(?:renam\w*\s+)?`?(?<old>[A-Z][A-Z0-9]*_[A-Z0-9_]+)`?\s+(?:(?:is\s+)?renamed\s+(?:to\s+)?|->\s*|→\s*|to\s+)`?(?<new>[A-Z][A-Z0-9]*_[A-Z0-9_]+)`?", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Renamed();

    [GeneratedRegex(@"\balias\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex AliasWord();

    [GeneratedRegex(@"\blater\b | \bnot\s+(?:yet\s+)?migrated\b | \bfollow[\s-]?up\b | \btodo\b | \bseparately\b | \bnot\s+in\s+this\s+(?:release|window)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex LaterWord();
}
