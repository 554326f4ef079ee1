namespace DeployBot.Sources.Options;

/// <summary>
/// <c>Sources:*</c> (CONTRACT.md): where links in NOTES are read. GitHub and GitLab links are read through their REST
/// APIs; other https hosts only when listed in <see cref="AllowedHosts"/>, and only as raw text files.
/// </summary>
internal sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    public GitHubSourceOptions GitHub { get; set; } = new();

    public GitLabSourceOptions GitLab { get; set; } = new();

    /// <summary>Other https hosts whose raw release-note files may be read (<c>raw.githubusercontent.com</c>); default none.</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Each fetch's limit, retries apart (default 10 s).</summary>
    public int TimeoutSeconds { get; set; } = SourceLimits.DefaultTimeoutSeconds;

    /// <summary>Retries after the first attempt for 5xx, timeouts and short rate-limit waits (default 2).</summary>
    public int MaxRetryAttempts { get; set; } = SourceLimits.DefaultMaxRetryAttempts;
}

/// <summary>What GitHub and GitLab share: the API, a token, and the web hosts whose links map to that API.</summary>
internal abstract class ForgeOptions
{
    public abstract string ApiBaseUrl { get; set; }

    /// <summary>From the environment only (<c>Sources__GitHub__Token</c>); never in appsettings.json, never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Web hosts whose links map to <see cref="ApiBaseUrl"/>; empty means the public host.</summary>
    public string[] WebHosts { get; set; } = [];

    /// <summary>"GitHub" or "GitLab", for messages.</summary>
    public abstract string Name { get; }

    /// <summary>The public web host, used when <see cref="WebHosts"/> is empty (an array default would be appended to, not replaced).</summary>
    protected abstract string DefaultWebHost { get; }

    public string? Secret => string.IsNullOrWhiteSpace(Token) ? null : Token.Trim();

    public IReadOnlyList<string> Hosts =>
        WebHosts.Length == 0 ? [DefaultWebHost] : WebHosts.Where(host => !string.IsNullOrWhiteSpace(host)).Select(host => host.Trim()).ToArray();

    public Uri ApiBase => new(ApiBaseUrl.Trim().EndsWith('/') ? ApiBaseUrl.Trim() : ApiBaseUrl.Trim() + "/");

    public string TokenKey => $"{SourcesOptions.SectionName}:{Name}:Token";
}

/// <summary><c>Sources:GitHub:*</c>: github.com or GitHub Enterprise (<c>https://ghe.example.com/api/v3/</c>).</summary>
internal sealed class GitHubSourceOptions : ForgeOptions
{
    public override string ApiBaseUrl { get; set; } = "https://api.github.com/";

    public override string Name => "GitHub";

    protected override string DefaultWebHost => "github.com";
}

/// <summary><c>Sources:GitLab:*</c>: gitlab.com or a self-managed GitLab (<c>https://gitlab.example.com/api/v4/</c>).</summary>
internal sealed class GitLabSourceOptions : ForgeOptions
{
    public override string ApiBaseUrl { get; set; } = "https://gitlab.com/api/v4/";

    public override string Name => "GitLab";

    protected override string DefaultWebHost => "gitlab.com";
}

/// <summary>The fixed limits of reading a link.</summary>
internal static class SourceLimits
{
    public const int DefaultTimeoutSeconds = 10;
    public const int DefaultMaxRetryAttempts = 2;

    /// <summary>The most one answer may carry.</summary>
    public const int MaxResponseBytes = 1024 * 1024;

    /// <summary>The most redirects one fetch follows.</summary>
    public const int MaxRedirects = 3;

    /// <summary>The longest rate-limit wait DeployBot sits out; a longer one is reported to the requester instead.</summary>
    public static readonly TimeSpan MaxRateLimitWait = TimeSpan.FromSeconds(10);

    /// <summary>All attempts and waits of one fetch together.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(45);

    /// <summary>The release text handed to the analysis and the model is cut here.</summary>
    public const int MaxTextChars = 20_000;

    /// <summary>The most changed files kept (GitHub lists up to 3,000 for a pull request).</summary>
    public const int MaxFiles = 300;
}
