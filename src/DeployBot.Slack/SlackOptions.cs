using Microsoft.Extensions.Options;

namespace DeployBot.Slack;

/// <summary>
/// The <c>Slack</c> configuration section (CONTRACT.md). Over HTTP the signing secret and bot token come together or not
/// at all; with an app-level token (<see cref="AppToken"/>) Slack runs in Socket Mode and needs only the bot token besides.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>Verifies that requests come from Slack (HMAC <c>v0</c>). Without it the Slack endpoints are off.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>). When set, Slack runs in Socket Mode: DeployBot
    /// opens an outbound WebSocket to Slack and the HTTP Slack endpoints are off.
    /// </summary>
    public string? AppToken { get; set; }

    /// <summary>The Web API base; tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The bot's user id (<c>U…</c>), to ignore its own messages; learned from events or <c>auth.test</c> when empty.</summary>
    public string? BotUserId { get; set; }

    /// <summary>True when any credential is given: Slack is meant to be on (and the credentials are then validated).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken) || IsSocketMode;

    /// <summary>Slack events arrive over a Socket Mode WebSocket (an app token is set).</summary>
    public bool IsSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>Slack events arrive as signed HTTP requests at <c>/slack/*</c> (no app token; secret and bot token set).</summary>
    public bool IsHttpMode => !IsSocketMode && !string.IsNullOrWhiteSpace(SigningSecret) && !string.IsNullOrWhiteSpace(BotToken);
}

/// <summary>
/// Rules data annotations cannot say: HTTP mode needs both the signing secret and the bot token (or neither); Socket Mode
/// needs an <c>xapp-</c> app token and the bot token; the API base is absolute.
/// </summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (options.IsSocketMode)
        {
            ValidateSocketMode(options, failures);
        }
        else if (string.IsNullOrWhiteSpace(options.SigningSecret) != string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:SigningSecret and Slack:BotToken must be set together (or both left empty to turn Slack off); "
                + "to run without a public URL, set Slack:AppToken (xapp-…) and Slack:BotToken instead of the signing secret.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL, got '{options.ApiBaseUrl}'.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            // Every call carries the bot token: plain http only to a local fake.
            failures.Add($"Slack:ApiBaseUrl must use https:// (plain http is only accepted for localhost/127.0.0.1), got '{options.ApiBaseUrl}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSocketMode(SlackOptions options, List<string> failures)
    {
        if (!options.AppToken!.Trim().StartsWith("xapp-", StringComparison.Ordinal))
        {
            // Never echo the value: it may be a real token pasted into the wrong key.
            failures.Add("Slack:AppToken must be an app-level token starting with xapp- (Basic Information -> App-Level Tokens, scope connections:write).");
        }

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:AppToken is set (Socket Mode) but Slack:BotToken is empty: set Slack__BotToken to the Bot User OAuth Token (xoxb-…), or clear Slack:AppToken.");
        }
    }
}
