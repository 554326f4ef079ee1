using System.Globalization;
using System.Net;
using DeployBot.Core.Releases;
using DeployBot.Sources.Links;
using DeployBot.Sources.Options;
using Octokit;

namespace DeployBot.Sources.GitHub;

/// <summary>What GitHub's error answers mean for the requester, each with its fix. No token or body text is repeated.</summary>
internal static class GitHubFailures
{
    public static ReleaseUnreadableException Unreadable(string linkText, ForgeLink link, ApiException exception, GitHubSourceOptions settings)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var tokenKey = settings.TokenKey;
        var reason = exception switch
        {
            _ when IsRateLimited(exception) => RateLimited(exception, settings),
            NotFoundException => settings.Secret is null
                ? $"GitHub answered 404 Not Found (a private repository needs {tokenKey})"
                : $"GitHub answered 404 Not Found (check that {What(link)} exists in {link.Repository} and that {tokenKey} may read that repository)",
            AuthorizationException => $"GitHub answered 401 Unauthorized ({tokenKey} is wrong or expired; set a valid token)",
            ForbiddenException => $"GitHub answered 403 Forbidden ({tokenKey} may not read {link.Repository}; give it read access to contents, pull requests and checks)",
            _ => $"GitHub answered {(int)exception.StatusCode} {Phrase(exception.StatusCode)} (try again later)",
        };
        return new ReleaseUnreadableException(linkText, reason);
    }

    public static bool IsRateLimited(ApiException exception) =>
        exception is RateLimitExceededException or SecondaryRateLimitExceededException or AbuseException
        || exception.StatusCode == HttpStatusCode.TooManyRequests
        || (exception.StatusCode == HttpStatusCode.Forbidden && Header(exception, "X-RateLimit-Remaining") == "0");

    private static string RateLimited(ApiException exception, GitHubSourceOptions settings)
    {
        var until = Reset(exception) is { } reset ? $" until {reset.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture)} UTC" : " for now";
        var fix = settings.Secret is null ? $"try again then, or set {settings.TokenKey}: a token raises the limit" : "try again then";
        return $"GitHub's rate limit is used up{until} ({fix})";
    }

    private static DateTimeOffset? Reset(ApiException exception)
    {
        if (exception is RateLimitExceededException limited && limited.Reset > DateTimeOffset.UnixEpoch)
        {
            return limited.Reset;
        }

        return long.TryParse(Header(exception, "X-RateLimit-Reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    private static string? Header(ApiException exception, string name) =>
        exception.HttpResponse?.Headers?.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string What(ForgeLink link) => link.Kind switch
    {
        ForgeLinkKind.PullRequest => $"pull request #{link.Reference}",
        ForgeLinkKind.Release => $"a release tagged {link.Reference}",
        ForgeLinkKind.Compare => $"{link.BaseReference} and {link.Reference}",
        _ => $"commit {link.Reference}",
    };

    internal static string Phrase(HttpStatusCode status) =>
        System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", " ");
}
