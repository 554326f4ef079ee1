using DeployBot.Core.Releases;
using DeployBot.Sources.GitHub;
using DeployBot.Sources.GitLab;
using DeployBot.Sources.Links;
using DeployBot.Sources.Options;
using DeployBot.Sources.Raw;
using DeployBot.Sources.Safety;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace DeployBot.Sources;

/// <summary>
/// The release a link in NOTES points at: GitHub and GitLab web links through their APIs, other allowed hosts as raw
/// files. Whatever stops a link from being read ends in a <see cref="ReleaseUnreadableException"/> naming the link, the
/// reason and the fix, so no plan is ever written from the bare URL; in notes with their own text (<see cref="OwnText"/>)
/// the link is a reference, and the plan is written from that text with the unread link named as its source.
/// </summary>
internal sealed class LinkedReleaseSource(
    SourceHosts hosts, IOptions<SourcesOptions> options, GitHubReader github, GitLabReader gitlab, RawFileReader raw, ILogger<LinkedReleaseSource> logger)
    : IReleaseSource
{
    private SourcesOptions Settings => options.Value;

    public async Task<ResolvedRelease?> ResolveAsync(string notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var found = LinkFinder.Find(notes, IsKnownSource, IsRelease);
        if (found is null)
        {
            return null;
        }

        var shown = Shown(found);
        try
        {
            var release = await ReadAsync(found, cancellationToken);
            SourcesLog.Read(logger, shown, release.Files.Count, release.Ci?.Total ?? 0);
            return release;
        }
        catch (ReleaseUnreadableException exception)
        {
            SourcesLog.Unreadable(logger, shown, exception.Reason);
            if (!OwnText.StandsOnItsOwn(found.Rest))
            {
                throw;
            }

            // The link is a reference in notes that carry their own text ("- Fix X (https://…/pull/48)"): the plan is
            // written from that text, and its source line says which link was not read and why.
            return new ResolvedRelease(found.Text, $"not read ({exception.Reason}); planned from the notes as written", notes, [], null, null);
        }
    }

    private async Task<ResolvedRelease> ReadAsync(FoundLink found, CancellationToken cancellationToken)
    {
        if (found.Uri is not { } uri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ReleaseUnreadableException(found.Text, "it is not a web address DeployBot can read (link a pull request, release, compare view or raw file)");
        }

        var forge = IsHostOf(Settings.GitHub, uri) ? Settings.GitHub : IsHostOf(Settings.GitLab, uri) ? (ForgeOptions)Settings.GitLab : null;
        var apiHost = forge?.ApiBase.Host ?? uri.Host;
        try
        {
            return forge switch
            {
                GitHubSourceOptions => await github.ReadAsync(Forge(found, uri, ForgeLink.ParseGitHub(uri), "pull request, release (…/releases/tag/…), compare view or commit"), found, cancellationToken),
                GitLabSourceOptions => await gitlab.ReadAsync(Forge(found, uri, ForgeLink.ParseGitLab(uri), "merge request or release"), found, cancellationToken),
                _ => await raw.ReadAsync(Allowed(found, uri), found, cancellationToken),
            };
        }
        catch (Exception exception) when (SourceBlockedException.In(exception) is { } blocked)
        {
            throw new ReleaseUnreadableException(found.Text, blocked.Message);
        }
        catch (TimeoutRejectedException)
        {
            throw TimedOut(found, apiHost);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(found, apiHost);
        }
        catch (HttpRequestException exception)
        {
            throw new ReleaseUnreadableException(found.Text, $"{apiHost} could not be reached ({exception.HttpRequestError}; try again later, or paste the release notes as NOTES)");
        }
    }

    private static ForgeLink Forge(FoundLink found, Uri uri, ForgeLink? link, string kinds)
    {
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ReleaseUnreadableException(found.Text, $"only https links are read, and this one is {uri.Scheme} (write it as https://)");
        }

        return link ?? throw new ReleaseUnreadableException(found.Text, $"DeployBot reads a {kinds} from {uri.Host}, and this link is none of those (link one of them)");
    }

    private Uri Allowed(FoundLink found, Uri uri) =>
        hosts.Refusal(uri) is { } refusal ? throw new ReleaseUnreadableException(found.Text, refusal) : uri;

    private ReleaseUnreadableException TimedOut(FoundLink found, string host) =>
        new(found.Text, $"{host} did not answer within {Settings.TimeoutSeconds} s (try again later, or paste the release notes as NOTES)");

    private bool IsKnownSource(Uri uri) =>
        IsHostOf(Settings.GitHub, uri) || IsHostOf(Settings.GitLab, uri) || Settings.AllowedHosts.Any(host => string.Equals(host?.Trim(), uri.IdnHost, StringComparison.OrdinalIgnoreCase));

    /// <summary>A link a release is read from: a GitHub or GitLab link of a kind read there, or any link to an allowed host (a raw file).</summary>
    private bool IsRelease(Uri uri) =>
        IsHostOf(Settings.GitHub, uri) ? ForgeLink.ParseGitHub(uri) is not null
        : IsHostOf(Settings.GitLab, uri) ? ForgeLink.ParseGitLab(uri) is not null
        : IsKnownSource(uri);

    private static bool IsHostOf(ForgeOptions forge, Uri uri) =>
        forge.Hosts.Any(host => string.Equals(host, uri.IdnHost, StringComparison.OrdinalIgnoreCase));

    /// <summary>The link for logs: scheme, host and path only (no user info, query or fragment, where secrets hide).</summary>
    private static string Shown(FoundLink found) =>
        found.Uri is { } uri ? $"{uri.Scheme}://{uri.Host}{uri.AbsolutePath}" : "(not a web address)";
}
