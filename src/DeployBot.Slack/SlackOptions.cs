using Microsoft.Extensions.Options;

namespace DeployBot.Slack;

/// <summary>The <c>Slack</c> configuration section (CONTRACT.md). Signing secret and bot token come together or not at all.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>Verifies that requests come from Slack (HMAC <c>v0</c>). Without it the Slack endpoints are off.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Web API base; tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The bot's user id (<c>U…</c>), to ignore its own messages; learned from events or <c>auth.test</c> when empty.</summary>
    public string? BotUserId { get; set; }

    /// <summary>True when either credential is given: Slack is meant to be on (and the pair is then validated).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken);
}

/// <summary>Rules data annotations cannot say: both credentials or neither, and an absolute API base.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningSecret) != string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:SigningSecret and Slack:BotToken must be set together (or both left empty to turn Slack off).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL, got '{options.ApiBaseUrl}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
