using System.Net;
using DeployBot.Sources.Options;
using Microsoft.Extensions.Options;

namespace DeployBot.Sources.Safety;

/// <summary>
/// Where DeployBot may fetch from: https on the configured hosts (the GitHub and GitLab API hosts, and
/// <c>Sources:AllowedHosts</c>); plain http only to a configured API base. Every host but a configured API base must
/// resolve to public addresses only (a configured API base is the operator's choice, so a test fake on loopback works).
/// </summary>
internal sealed class SourceHosts(IOptions<SourcesOptions> options)
{
    private SourcesOptions Settings => options.Value;

    /// <summary>Null when <paramref name="uri"/> may be fetched; else why not, with the fix.</summary>
    public string? Refusal(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (IsApiBase(uri))
        {
            return null;
        }

        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal) && !PublicAddress.IsPublic(literal))
        {
            return PrivateAddress(uri.Host, literal);
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"only https links are read, and this one is {uri.Scheme} (write it as https://)";
        }

        return IsAllowedHost(uri.IdnHost) ? null : $"host {uri.Host} is not allowed (add it to {SourcesOptions.SectionName}:AllowedHosts)";
    }

    /// <summary>True for the scheme, host and port of a configured API base: exempt from the https and address rules.</summary>
    public bool IsApiBase(Uri uri) => ApiBases().Any(api => SameAuthority(api, uri));

    /// <summary>True for the host and port of a configured API base (what the connect callback sees).</summary>
    public bool IsApiEndpoint(string host, int port) =>
        ApiBases().Any(api => string.Equals(api.IdnHost, host, StringComparison.OrdinalIgnoreCase) && api.Port == port);

    public bool IsAllowedHost(string host) =>
        Settings.AllowedHosts.Concat([Settings.GitHub.ApiBase.IdnHost, Settings.GitLab.ApiBase.IdnHost])
            .Any(allowed => string.Equals(allowed?.Trim(), host, StringComparison.OrdinalIgnoreCase));

    public static string PrivateAddress(string host, IPAddress address) =>
        host == address.ToString() || host.Trim('[', ']') == address.ToString()
            ? $"{address} is a private, loopback or link-local address, which DeployBot never reads"
            : $"host {host} resolves to {address}, a private, loopback or link-local address, which DeployBot never reads";

    private IEnumerable<Uri> ApiBases() => [Settings.GitHub.ApiBase, Settings.GitLab.ApiBase];

    private static bool SameAuthority(Uri a, Uri b) =>
        a.Scheme == b.Scheme && a.Port == b.Port && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase);
}
