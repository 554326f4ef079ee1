using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DeployBot.Teams.Auth;

/// <summary>
/// The Bot Framework's signing keys from its OpenID metadata, cached by a <see cref="ConfigurationManager{T}"/>
/// (automatic refresh every 12 hours). A token with an unknown key id forces a fresh fetch, because keys rotate
/// without notice; forced fetches are limited to one per <see cref="ForcedRefreshInterval"/> so a stream of forged key
/// ids cannot turn the bot into a metadata-fetching loop. IdentityModel's own <c>RequestRefresh</c> is throttled
/// against the last automatic fetch, which would leave a freshly rotated key rejected for minutes, hence a new manager.
/// The last keys fetched successfully are kept: when a fetch fails (a metadata outage right after a forced refresh),
/// tokens are still checked against them instead of every request being refused.
/// </summary>
internal sealed class BotSigningKeys(Func<IConfigurationManager<OpenIdConnectConfiguration>> createManager, TimeProvider timeProvider)
{
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private IConfigurationManager<OpenIdConnectConfiguration> _manager = createManager();
    private DateTimeOffset? _lastForcedRefresh;
    private OpenIdConnectConfiguration? _lastGood;

    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var configuration = await _manager.GetConfigurationAsync(cancellationToken);
            _lastGood = configuration;
            return configuration;
        }
        catch (InvalidOperationException) when (_lastGood is { } lastGood)
        {
            // The fetch failed (IdentityModel wraps every retrieval error this way): keep using the last good keys.
            return lastGood;
        }
    }

    /// <summary>Makes the next <see cref="GetAsync"/> fetch the metadata again, unless that was forced recently. Returns whether it will.</summary>
    public bool ForceRefresh()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (_lastForcedRefresh is { } last && now - last < ForcedRefreshInterval)
            {
                return false;
            }

            _lastForcedRefresh = now;
            _manager = createManager();
            return true;
        }
    }
}
