using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DeployBot.Teams.Auth;

/// <summary>
/// The service URLs the bot may send to: those seen in validated activities, plus any configured in
/// <c>Teams:AllowedServiceUrls</c>. Tokens never go anywhere else (teams-protocol.md §2.4). URLs are compared as parsed
/// origins plus path (<see cref="ServiceUrls"/>), never by string prefix.
/// </summary>
internal sealed class ServiceUrlAllowList(IOptions<TeamsOptions> options)
{
    private readonly ConcurrentDictionary<Uri, byte> _seen = new();

    public void Remember(string serviceUrl)
    {
        if (ServiceUrls.TryParse(serviceUrl, out var normalized))
        {
            _seen.TryAdd(normalized, 0);
        }
    }

    /// <summary>True when <paramref name="requestUri"/> lies under a known service URL.</summary>
    public bool IsAllowed(Uri requestUri) => Known().Any(known => ServiceUrls.Contains(known, requestUri));

    public bool IsKnown(string serviceUrl) =>
        ServiceUrls.TryParse(serviceUrl, out var normalized) && Known().Contains(normalized);

    private IEnumerable<Uri> Known() =>
        _seen.Keys.Concat(options.Value.AllowedServiceUrls.Select(url => ServiceUrls.TryParse(url, out var parsed) ? parsed : null).OfType<Uri>());
}
