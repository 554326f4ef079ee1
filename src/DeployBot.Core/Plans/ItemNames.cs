using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans;

/// <summary>
/// The names an item gives that a plan step can act on, read once for the planners and the validators alike: a step
/// that drops <c>users.password_md5</c> and the rule that checks a step names it must agree on what "it" is. Values
/// written as code (<c>`null`</c>), hosts of links read as paths, template placeholders, versions, advisory sites and
/// source files are words of the item, not objects a deployment touches.
/// </summary>
public static partial class ItemNames
{
    /// <summary>The objects the item names (<c>users.password_md5</c>, <c>/v1/login</c>), in order, without duplicates.</summary>
    public static IReadOnlyList<string> Objects(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return [.. ReleaseAnalyzer.ObjectNames(item).Select(name => name.Trim('`')).Where(IsIdentifier)
            .Where(name => !IsLiteral(name) && !InUrl(name) && !IsPlaceholder(item, name) && !ReleaseAnalyzer.IsVersion(name) && !IsReference(name) && !IsCitation(item, name))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// What a destructive item removes by name: not what replaces it or what it creates, which no contract step acts on,
    /// and not a source file ("Remove `options.ts`"), which the release's code changes and no step runs against.
    /// </summary>
    public static IReadOnlyList<string> Removed(ReleaseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return [.. ReleaseAnalyzer.RemovedNames(item.Text, Objects(item.Text)).Where(name => !IsSourceFile(item, name))];
    }

    /// <summary>
    /// Every name the item removes is an index and it destroys nothing else ("drop index idx_a and truncate sessions" does):
    /// dropping an index loses no data, and creating it again is the way back.
    /// </summary>
    public static bool DropsOnlyIndexes(ReleaseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !OtherDestruction().IsMatch(item.Text) && Removed(item) is { Count: > 0 } names && names.All(name => StoredObjects.IsIndex(item.Text, name));
    }

    /// <summary>
    /// A file of the release's source or config ("nsswitch.conf", "lib/options.ts", "legacy_export.py"), which the release's
    /// code changes and no step drops. Never where the item calls it a column, table or field; and an ending that is also
    /// a short column name ("events.ts", "orders.cs") counts as a file only in an item that changes no schema.
    /// </summary>
    public static bool IsSourceFile(ReleaseItem item, string name)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(name);
        if (Regex.IsMatch(item.Text, $@"\b(?:columns?|tables?|fields?|collections?|attributes?)\s+[`""']?{Regex.Escape(name)}|{Regex.Escape(name)}[`""']?\s+(?:columns?|tables?|fields?|collections?|attributes?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout))
        {
            return false;
        }

        return SourceFile().IsMatch(name) || (ShortEnding().IsMatch(name) && (name.Contains('/', StringComparison.Ordinal) || !item.Risks.Contains(RiskArea.Schema)));
    }

    /// <summary>
    /// A whole name that reads as a file path is a file, not an object a step drops, unless it is shaped like a column the
    /// item changes ("Drop `users.ts`" in a schema change): the planners' name for what <see cref="Removed"/> leaves out.
    /// </summary>
    public static bool IsFileNotObject(ReleaseItem item, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Contains('/', StringComparison.Ordinal) || IsSourceFile(item, name);
    }

    /// <summary>"2.4.61" aside, "cve.mitre.org", "nvd.nist.gov": the advisory or code site a security item cites.</summary>
    private static bool IsReference(string name) => ReferenceSites.Any(site => name.EndsWith(site, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] ReferenceSites = ["mitre.org", "nist.gov", "cve.org", "osv.dev", "github.com", "gitlab.com"];

    /// <summary>
    /// A reStructuredText role that cites rather than names (":pr:`5863`", ":user:`SegiNyn`", ":issue:`12`", ":cve:`2023-1`"):
    /// a pull request, a contributor or an advisory, which no step touches. Roles that name things (":data:`SMTP_USE_TLS`",
    /// ":func:", ":class:") stay names.
    /// </summary>
    private static bool IsCitation(string text, string name) =>
        text.Contains('`' + name + '`', StringComparison.Ordinal) && CitationRole().Matches(text).Any(role => role.Groups["name"].Value == name);

    [GeneratedRegex(@":(?:pr|pull|issue|issues|gh|ghsa|user|users|cve|cwe|commit|bug|ticket|jira|mr|merge):`(?<name>[^`]+)`", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchBudget.Milliseconds)]
    private static partial Regex CitationRole();

    /// <summary>"{project_name}", "{{ release_name }}": a documentation template's placeholder, not a name of the release.</summary>
    private static bool IsPlaceholder(string text, string name) =>
        text.Contains("{" + name + "}", StringComparison.Ordinal) || text.Contains("{{ " + name + " }}", StringComparison.Ordinal) || text.Contains("{{" + name + "}}", StringComparison.Ordinal);

    /// <summary>"e.g.", and values written as code ("defaults to `null`", "`true`"): words, not objects a step touches.</summary>
    private static bool IsLiteral(string name) =>
        name is "e.g" or "i.e" || name.Equals("null", StringComparison.OrdinalIgnoreCase) || name.Equals("true", StringComparison.OrdinalIgnoreCase)
        || name.Equals("false", StringComparison.OrdinalIgnoreCase) || name.Equals("none", StringComparison.OrdinalIgnoreCase);

    /// <summary>"/www.acme-corp.com/pricing", "/github.com/org/repo": a link read as a path; its first segment is a host.</summary>
    private static bool InUrl(string name) =>
        name.StartsWith('/') && name.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var host, ..] && host.Count(c => c == '.') >= 1 && !host.StartsWith('.');

    /// <summary>A name the item gives as one: an identifier, not a template's placeholder nor an advisory or code site.</summary>
    public static bool IsNameIn(string item, string name) => IsIdentifier(name) && !IsPlaceholder(item, name) && !IsReference(name);

    /// <summary>Only identifiers, paths and keys reach a plan from the notes: no spaces, quotes, brackets or backticks.</summary>
    public static bool IsIdentifier(string name) =>
        name.Length is > 2 and <= 80 && !name.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ',' or '`' or '*' or '[' or ']');

    [GeneratedRegex(@"\.(?:rb|py|js|mjs|cjs|tsx|jsx|java|kt|php|exs|conf|cpp|swift|scala|vue|scss|html|ya?ml|json|toml|ini|env|properties|xml|hcl|tf|tfvars)\W*$|(?:^|/)Dockerfile$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchBudget.Milliseconds)]
    private static partial Regex SourceFile();

    /// <summary>Endings that are also short column names: "ts" (timestamp), "cs", "go", "rs", "sh", "ex", "c", "h", "css", "sql".</summary>
    [GeneratedRegex(@"\.(?:ts|cs|go|rs|sh|ex|c|h|css|sql)\W*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchBudget.Milliseconds)]
    private static partial Regex ShortEnding();

    /// <summary>What destroys data besides dropping an index: truncating, purging, deleting or wiping rows, dropping a table, column or collection.</summary>
    [GeneratedRegex(@"\btruncat\w* | \bpurg\w* | \bdelet\w* | \bwip(?:e|es|ed|ing)\b | \beras\w* | \boverwrit\w* | \bdrop\w*\s+(?:the\s+)?(?:\w+\s+)?(?:tables?|columns?|collections?|schemas?|databases?)\b | \b(?:tables?|columns?|collections?)\s+[`""']?\w[\w.]*[`""']?\s+(?:is\s+|are\s+)?dropped\b", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OtherDestruction();
}
