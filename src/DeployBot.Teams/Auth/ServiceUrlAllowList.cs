using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DeployBot.Teams.Auth;

/// <summary>
/// The service URLs the bot may send to: those seen in validated activities, plus any configured in
/// <c>Teams:AllowedServiceUrls</c>. Tokens never go anywhere else (teams-protocol.md §2.4).
/// </summary>
internal sealed class ServiceUrlAllowList(IOptions<TeamsOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string serviceUrl)
    {
        if (Normalize(serviceUrl) is { } normalized)
        {
            _seen.TryAdd(normalized, 0);
        }
    }

    /// <summary>True when <paramref name="requestUri"/> lies under a known service URL.</summary>
    public bool IsAllowed(Uri requestUri)
    {
        var target = requestUri.GetLeftPart(UriPartial.Path);
        return _seen.Keys.Concat(options.Value.AllowedServiceUrls.Select(Normalize).OfType<string>())
            .Any(allowed => target.StartsWith(allowed + "/", StringComparison.OrdinalIgnoreCase));
    }

    public bool IsKnown(string serviceUrl) =>
        Normalize(serviceUrl) is { } normalized
        && (_seen.ContainsKey(normalized) || options.Value.AllowedServiceUrls.Select(Normalize).Contains(normalized, StringComparer.OrdinalIgnoreCase));

    private static string? Normalize(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;
}
