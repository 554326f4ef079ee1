using System.ComponentModel.DataAnnotations;

namespace DeployBot.Teams;

/// <summary>The <c>Teams</c> configuration section (CONTRACT.md). An empty <see cref="AppId"/> means local emulator mode.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The bot's Microsoft Entra app id; empty runs the endpoint without token checks (emulators only).</summary>
    public string? AppId { get; set; }

    /// <summary>The app registration's client secret. Required whenever <see cref="AppId"/> is set.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The tenant of a single-tenant app registration; tokens are then requested from that tenant.</summary>
    public string? TenantId { get; set; }

    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = TeamsConstants.BotFrameworkOpenIdMetadataUrl;

    [Required]
    [Url]
    public string TokenEndpoint { get; set; } = TeamsConstants.BotFrameworkTokenEndpoint;

    /// <summary>Service URLs the bot may send to before any activity from them was seen (for example after a restart).</summary>
    public string[] AllowedServiceUrls { get; set; } = [];

    /// <summary>The bot's display name in Teams, used to strip <c>&lt;at&gt;Name&lt;/at&gt;</c> when a mention entity is missing.</summary>
    public string BotName { get; set; } = "DeployBot";

    /// <summary>
    /// Run <c>/api/messages</c> without token checks for a local emulator even though a chat platform is configured.
    /// Unset: emulator mode only when no platform (Slack or Teams) is configured at all. Never together with <see cref="AppId"/>.
    /// </summary>
    public bool? EmulatorMode { get; set; }

    /// <summary>
    /// In emulator mode, requests carrying proxy headers (<c>X-Forwarded-For</c>, <c>Forwarded</c>, …) are refused: a
    /// loopback TCP peer behind a proxy says nothing about the caller. True accepts them when every forwarded address is loopback.
    /// </summary>
    public bool EmulatorTrustForwardedHeaders { get; set; }

    /// <summary>True when no app id is configured: nothing to authenticate with (emulator mode, or Teams off).</summary>
    public bool IsEmulatorMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The token endpoint to use: the configured one, with the tenant substituted for single-tenant bots.</summary>
    public Uri EffectiveTokenEndpoint =>
        !string.IsNullOrWhiteSpace(TenantId) && TokenEndpoint == TeamsConstants.BotFrameworkTokenEndpoint
            ? new Uri(TeamsConstants.BotFrameworkTokenEndpoint.Replace("botframework.com", TenantId.Trim(), StringComparison.Ordinal))
            : new Uri(TokenEndpoint);

    /// <summary>True for http://127.0.0.1 and http://localhost URLs (local test issuers); HTTPS is required everywhere else.</summary>
    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
