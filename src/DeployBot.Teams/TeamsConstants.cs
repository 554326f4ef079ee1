namespace DeployBot.Teams;

/// <summary>Bot Framework constants (teams-protocol.md §1.3, §2).</summary>
internal static class TeamsConstants
{
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkTokenEndpoint = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ConnectorScope = "https://api.botframework.com/.default";
    public const string ServiceUrlClaim = "serviceurl";
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string AdaptiveCardVersion = "1.5";
    public const string ConnectorClientName = "deploybot-teams-connector";
    public const string TokenClientName = "deploybot-teams-token";
    public const string MetadataClientName = "deploybot-teams-openid";

    /// <summary>Industry-standard clock skew for token lifetimes (Bot Framework authentication docs).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How long processed activity ids are remembered; the connector retries within minutes.</summary>
    public static readonly TimeSpan DedupeWindow = TimeSpan.FromDays(1);

    /// <summary>Largest request body accepted on /api/messages; real activities are a few KB.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>Largest answer read from the connector, the token endpoint or the OpenID metadata (all a few KB).</summary>
    public const int MaxResponseBytes = 1024 * 1024;
}
