using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes are the changelog of a library or SDK (a client library, a driver, an ORM): nothing of its own is deployed.
/// Adopting it means raising the dependency in each service that uses it, changing their code for its breaking changes,
/// and deploying those services; its way back is pinning the previous version, never an image "of version 5.0.0".
/// </summary>
/// <remarks>
/// Known from the repository the notes are of, when its name says a language binding, an SDK or a client
/// (<c>acme-node-sdk</c>, <c>nodejs-pubsub</c>, <c>acme-python</c>, <c>ruby-pg</c>, <c>mailgun.js</c>) and the notes link
/// it as their own (from a heading, a compare view, or two references or more; one link may be a dependency's); from the
/// notes speaking as one ("this library", "this SDK"); or from an install command beside code that imports the package.
/// </remarks>
internal sealed partial record PackagedRelease
{
    private static PackagedRelease? ReadLibrary(string notes, string? link, string? version)
    {
        if (LibraryRepository(notes, link) is { } repository)
        {
            return new(Package.Library, repository, version);
        }

        return SelfNamed().IsMatch(notes) || GoLibrary().IsMatch(notes) || (Install().IsMatch(notes) && Imports().IsMatch(notes)) || SpeaksAsLibrary(notes) ? new(Package.Library, null, version) : null;
    }

    /// <summary>
    /// A library's release is deployed in the services that use it: their images are rebuilt with the bumped dependency and
    /// rolled out. Its notes speak of its own API: no ConfigMap, sign-in path, cluster or topic of the operator's changes with
    /// it, while its schema migrations (a library with models), a payment provider's test transaction and a FLAG keep their steps.
    /// </summary>
    public static void NarrowToLibrary(HashSet<ChangeKind> kinds)
    {
        kinds.IntersectWith([ChangeKind.Image, ChangeKind.Hotfix, ChangeKind.Patch, ChangeKind.Contract, ChangeKind.Flag, ChangeKind.Payments, ChangeKind.Schema, ChangeKind.Backfill, ChangeKind.Retention]);
        kinds.Add(ChangeKind.Image);
    }

    /// <summary>The name of the library's repository: the link's, or the one the notes link to as their own; null when neither is a library's.</summary>
    private static string? LibraryRepository(string notes, string? link)
    {
        if (link is not null && OwnRepository.Of(string.Empty, link) is var (_, linked))
        {
            return LibraryName().IsMatch(linked) ? linked : null;
        }

        if (OwnRepository.Of(notes) is not var (owner, name) || !LibraryName().IsMatch(name))
        {
            return null;
        }

        var links = RepositoryLink().Matches(notes).Where(match => match.Groups["owner"].Value.Equals(owner, StringComparison.OrdinalIgnoreCase)
            && match.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase)).ToArray();
        var headings = NotesLines.Of(notes).Where(line => line.TrimStart().StartsWith('#'));
        var own = headings.Any(line => line.Contains($"/{owner}/{name}", StringComparison.OrdinalIgnoreCase))
            || links.Any(match => match.Groups["kind"].Value is "compare" or "tree")
            || links.Count(match => match.Groups["kind"].Value is "pull" or "issues" or "commit" or "commits") >= 2
            || OnlyOwnLinks(notes, links);
        return own ? name : null;
    }

    /// <summary>
    /// A one-item changelog ("- Unsampled spans no longer propagate empty trace headers ([#4302](…/sentry-dotnet/pull/4302))")
    /// links its own pull request once, by its number as a changelog does, and no other repository: that one link is the
    /// notes' own. A link in prose ("[has been changed](…/client_java/pull/681)") is to a dependency's change, and so is
    /// one on a line that bumps the library ("Bump sentry-dotnet to 5.11.2 ([#4302](…))").
    /// </summary>
    private static bool OnlyOwnLinks(string notes, Match[] own) =>
        own.Length > 0 && RepositoryLink().Matches(notes).Count == own.Length
        && NotesLines.Of(notes).Any(line => NumberedReference().IsMatch(line) && !DependencyBumps.IsBump(line));

    /// <summary>A changelog's reference to its own pull request or issue by number: "([#4302](https://github.com/…/pull/4302))".</summary>
    [GeneratedRegex(@"\[#\d+\]\(https?://(?:github|gitlab)\.com/[\w.-]+/[\w.-]+/(?:-/)?(?:pull|issues|merge_requests)/\d+\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NumberedReference();

    /// <summary>
    /// A provider, module or chart repository linked as often as the most linked one, by its own pull request, compare view
    /// or commit: Kong's chart changelog links "Kong/charts/pull/1373" once and a Bitnami issue once, and the first link
    /// is not the more its own.
    /// </summary>
    private static PackagedRelease? TiedOwnPackage(string notes)
    {
        var groups = RepositoryLink().Matches(notes)
            .GroupBy(match => (Owner: match.Groups["owner"].Value.ToLowerInvariant(), Name: match.Groups["name"].Value))
            .ToArray();
        var most = groups.Select(group => group.Count()).DefaultIfEmpty(0).Max();
        return groups.Where(group => group.Count() == most && group.Any(match => match.Groups["kind"].Value is "pull" or "compare" or "commit" or "commits"))
            .Select(group => FromRepository(group.Key.Name)).OfType<PackagedRelease>().FirstOrDefault();
    }

    /// <summary>
    /// A language binding, an SDK or a client by its name: <c>nodejs-pubsub</c>, <c>vonage-node-sdk</c>, <c>stripe-php</c>,
    /// <c>ruby-pg</c>, <c>mailgun.js</c>, <c>recurly-client-node</c>. Not a bare <c>node-</c> prefix (<c>node-red</c> is a service)
    /// nor <c>-go</c> (<c>sensu-go</c> is one too).
    /// </summary>
    [GeneratedRegex(@"(?:^|[-_.])(?:sdk|nodejs|client|clients)(?:$|[-_.])|[-_.](?:python|py|ruby|rb|php|java|dotnet|node|js)$|^(?:python|py|ruby|php|java|dotnet)[-_.]\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex LibraryName();

    [GeneratedRegex(@"(?<![\w.-])(?:github|gitlab)\.com/(?<owner>[\w.-]+)/(?<name>[\w.-]+?)(?:\.git)?(?=[/#?)\]\s]|$)(?:/(?<kind>\w+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RepositoryLink();

    /// <summary>"This library now requires …", "this SDK", "users who use JWE via this package", "the client library", "how the community utilizes the framework": the notes speak as the library.</summary>
    [GeneratedRegex(@"\b[Tt]his\s+(?:library|SDK|sdk|gem|crate|package|client\s+library)\b|\b[Tt]he\s+client\s+library\s+(?:now|no\s+longer)\b|\b(?:community|developers)\s+(?:uses|utili[sz]es)\s+the\s+(?:framework|library|SDK)\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SelfNamed();

    /// <summary>
    /// A Go library says so by its module path, not by its repository's name (<c>-go</c> names services as well as
    /// libraries): "go get github.com/acme/widgets/v2", "Changed the import path from `github.com/dgrijalva/jwt-go` to …".
    /// </summary>
    [GeneratedRegex(@"\bgo\s+get\s+(?:-u\s+)?[`'""]?[\w-]+(?:\.[\w-]+)+/[\w./@-]+|\bimport\s+paths?\b[^
]{0,80}?[`'""]?(?:github\.com|gitlab\.com|golang\.org|gopkg\.in|go\.[\w-]+\.[a-z]+)/[\w.-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex GoLibrary();

    /// <summary>A package manager's install command: <c>npm install @acme/sdk</c>, <c>pip install acme</c>, <c>go get …</c>, <c>dotnet add package …</c>.</summary>
    [GeneratedRegex(@"\b(?:npm\s+(?:install|i)|yarn\s+add|pnpm\s+add|pip\s+install|gem\s+install|bundle\s+add|go\s+get|dotnet\s+add\s+package|Install-Package|cargo\s+add|composer\s+require)\s+[@\w]", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Install();

    /// <summary>Code that imports a package: <c>require('acme')</c>, <c>import { X } from 'acme'</c>, <c>from acme import X</c>, Go's <c>import "…"</c>.</summary>
    [GeneratedRegex(@"\brequire\(\s*['""][^'""\n]+['""]\s*\)|^\s*import\s+[^\n]+\s+from\s+['""]|^\s*from\s+[\w.]+\s+import\s+\w|^\s*import\s+""[\w./-]+""", RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Imports();
}
