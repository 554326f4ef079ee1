using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// What the whole release notes say about the project they come from, computed once before any item is classified.
/// One item alone cannot tell whose changelog it is: "Fix empty `retryScheduleInMs` not being honored" is a bug fix in
/// anyone's notes, but in the notes of a vendor's client library (an SDK for a remote API) every change is a change in
/// how the deployment talks to that vendor, which is what <see cref="RiskArea.External"/> stands for.
/// </summary>
/// <param name="ApiClient">
/// The notes are those of a client library for a remote API: per-language library sections ("Libs/Python: …",
/// "**Library - Features**"), a generated "API Changes" log of the remote API's paths and operations, or links into a
/// company's own client library (<c>github.com/acme/acme-node</c>, see <see cref="IsVendorLibrary"/>). Then every item
/// that ships something is external, and a removal in it removes part of the API contract.
/// </param>
/// <param name="Database">
/// The notes speak of a relational database somewhere (<see cref="RiskPatterns.DatabaseContext"/>): then a bare
/// "migration", "index" or "schema" in another item of the same notes is the database's. Without it those words name a
/// search index, a migration guide or a JSON schema, and only the item's own database words make them schema.
/// </param>
/// <param name="Subject">
/// The name the notes give their own project in the version heading ("Django 3.2.14 release notes" → Django), or null.
/// "Django 3.2.5 fixes several bugs in 3.2.4" names the release itself, not a runtime the deployment must move to.
/// </param>
internal sealed partial record ReleaseContext(bool ApiClient, bool Database, string? Subject = null)
{
    /// <summary>No context: each item stands alone (a heading, or notes too short to tell); its own words decide.</summary>
    public static ReleaseContext None { get; } = new(false, false);

    /// <remarks>
    /// Links are read from the <paramref name="notes"/> as written: the items have lost their addresses. The address the
    /// notes were read from (<paramref name="source"/>, a linked release) names their repository first.
    /// </remarks>
    public static ReleaseContext Of(IReadOnlyList<NoteItem> items, IReadOnlyList<string> headings, string notes, string? source)
    {
        var lines = items.Select(item => item.Text).Concat(headings).ToArray();
        var languageLibraries = lines.Any(line => LanguageLibrary().IsMatch(line));
        var apiChangeLog = lines.Any(line => ApiChangesHeading().IsMatch(line)) && lines.Any(line => ApiPaths().IsMatch(line));
        var vendorClient = lines.Any(line => VendorClient().IsMatch(line)) || IsVendorLibrary(OwnRepository.Of(notes, source));
        var versionHeading = headings.FirstOrDefault(heading => heading.Any(char.IsDigit));
        var subject = versionHeading is null ? null : OwnName().Match(versionHeading) is { Success: true } own ? own.Groups["name"].Value : null;
        return new ReleaseContext(languageLibraries || apiChangeLog || vendorClient, lines.Any(line => RiskPatterns.DatabaseContext().IsMatch(line)), subject)
        {
            Streams = DeletedStreams.Named(lines),
            NoBreakingChanges = lines.Any(line => NoBreakingChangesStated().IsMatch(line)),
        };
    }

    /// <summary>The families of the topics, queues and streams the notes name (<see cref="DeletedStreams"/>).</summary>
    public IReadOnlyList<string> Streams { get; init; } = [];

    /// <summary>
    /// The notes say the release breaks nothing ("There are no new features or breaking changes", "bug fixes only", "a
    /// drop-in replacement"): then "X no longer truncates the name" tells what a fix cures, not behaviour that stops.
    /// Only the inferred forms yield to it; a removal or the word "breaking" in an item still counts.
    /// </summary>
    public bool NoBreakingChanges { get; init; }

    /// <summary>
    /// <paramref name="text"/> without the project's own name where it stands with a version ("Django 3.2.14 fixes …",
    /// "a regression in Django 5.0"): the release itself, not a platform it needs.
    /// </summary>
    public string WithoutOwnVersions(string text) =>
        Subject is null ? text : NamedVersion().Replace(text, match => string.Equals(match.Groups["name"].Value, Subject, StringComparison.OrdinalIgnoreCase) ? " " : match.Value);

    [GeneratedRegex(@"\bno\s+(?:new\s+features\s+(?:or|and|nor)\s+)?breaking\s+changes\b|\bbug\s?fix(?:es)?\s+only\b|\bonly\s+bug\s?fix(?:es)?\b|\bdrop-in\s+replacement\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NoBreakingChangesStated();

    /// <summary>The version heading opens with the project's name: "Django 3.2.14 release notes", "Varnish Cache 8.0.0" (its last word).</summary>
    [GeneratedRegex(@"^\W*(?:[A-Z][\w+-]*\s+){0,2}?(?<name>[A-Z][\w+-]*)\s+v?\d+\.\d+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OwnName();

    /// <summary>A capitalised name followed by a version: "Django 3.2.14", "Redis 7.0.15", "Varnish Cache 8.0.0" (last word).</summary>
    [GeneratedRegex(@"(?<![\w.-])(?<name>[A-Z][\w+-]*)\s+v?\d+\.\d+(?:\.\d+)*(?!\w|\.\d)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NamedVersion();

    /// <summary>
    /// A section or item prefix naming one language's library of a multi-language SDK ("Libs/Python:", "Libs/All:",
    /// "Library - Breaking Changes"). Case-sensitive: a source path such as <c>lib/mongoose</c> is not one.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:Libs?/(?:[A-Z][\w#+-]*)\s*:|Library\s+-\s+[A-Z])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex LanguageLibrary();

    /// <summary>
    /// The notes call themselves an SDK or API client ("was mistakenly excluded from this SDK", "in the SDK configuration"), are regenerated from a
    /// version of the remote API's published OpenAPI description ("Updating to OAS 2031-01-02_1.2.3"), pin a dated version of the
    /// remote API ("Update the API version to `2031-04-01`"), or name the vendor's own
    /// client types the way code does (<c>`stripe.Client`</c>, <c>Twilio::REST</c>): only a vendor's client library writes
    /// that. A package path (<c>@sentry/node</c>) is a dependency of an application, not this.
    /// </summary>
    [GeneratedRegex($$"""\bthis\s+(?:sdk|client\s+library|api\s+client)\b | (?-i:\bthe\s+SDK)\s+(?:configuration|config|client|options)\b | \b(?:updat\w*|regenerat\w*)\s+to\s+(?:the\s+)?(?:oas|openapi(?:\s+spec\w*)?)\s+v?\d | \bapi\s+version\b[^.;\n]{0,30}?\b\d{4}-\d{2}-\d{2} | (?<![\w@/.-]){{RiskPatterns.Vendor}}(?:\.|::)(?-i:[A-Z])\w*""", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex VendorClient();

    /// <summary>
    /// A company's official client library lives in the company's own account and is named after the company and the
    /// language it binds (<c>acme/acme-node</c>, <c>acme/acme.js</c>, <c>acme/node-acme</c>, <c>acmehq/acme-python</c>):
    /// it talks to that company's service. A client of a database, queue or runtime (<c>redis/node-redis</c>) is the
    /// platform, and a library of an open standard (<c>jwt/ruby-jwt</c>, <c>graphql/graphql-js</c>) implements it; neither is a third party.
    /// </summary>
    private static bool IsVendorLibrary((string Owner, string Name)? repository)
    {
        if (repository is not var (owner, name))
        {
            return false;
        }

        var account = new string([.. owner.Where(char.IsLetterOrDigit)]);
        var words = name.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(word => LanguageWord().IsMatch(word))
            && words.Any(word => word.Length >= 4 && !LanguageWord().IsMatch(word) && !PlatformOrStandard().IsMatch(word)
                && (word == account || (word.Length >= 5 && (account.StartsWith(word, StringComparison.Ordinal) || account.EndsWith(word, StringComparison.Ordinal)))));
    }

    /// <summary>The part of a library's name that says which language it is for, or that it is an SDK or client.</summary>
    [GeneratedRegex(@"^(?:js|node|nodejs|javascript|ts|typescript|python|py|ruby|rb|php|java|go|golang|dotnet|net|csharp|rust|swift|kotlin|android|ios|sdk|client|api)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex LanguageWord();

    /// <summary>A database, queue or runtime (whose clients are the platform) or an open standard (whose libraries implement it).</summary>
    [GeneratedRegex($$"""^(?:{{RiskPatterns.Runtime}}|jwt|jose|oauth2?|openid|oidc|saml|ldap|graphql|grpc|http|https|websockets?|opentelemetry|otel|protobuf|json|yaml|xml|socket|amqp|mqtt|smtp)$""", RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex PlatformOrStandard();

    /// <summary>A heading of a generated remote-API change log ("# API Changes", "**Api Changes**").</summary>
    [GeneratedRegex(@"^\W*api\s+changes?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ApiChangesHeading();

    /// <summary>The remote API's own vocabulary in such a log: paths, operations, realms, endpoints added or removed.</summary>
    [GeneratedRegex(@"\b(?:new\s+)?paths?(?:\(s\))?\b|\boperations?\b|\bendpoints?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ApiPaths();
}
