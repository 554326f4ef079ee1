using System.Globalization;
using System.Net;
using System.Text.Json;
using DeployBot.Core.Releases;
using DeployBot.Sources.Links;
using DeployBot.Sources.Options;
using DeployBot.Sources.Resilience;

namespace DeployBot.Sources.GitLab;

/// <summary>
/// GETs from GitLab's REST API v4 with the token in <c>PRIVATE-TOKEN</c>; an error answer becomes a
/// <see cref="ReleaseUnreadableException"/> that says what it means and how to fix it.
/// </summary>
internal sealed class GitLabApi(HttpClient http, GitLabSourceOptions settings, ForgeLink link, string linkText, TimeProvider time)
{
    /// <summary>The project as GitLab's <c>:id</c> accepts it: its full path, URL-encoded.</summary>
    public string Project => Uri.EscapeDataString(link.Repository);

    public async Task<JsonDocument> GetAsync(string path, CancellationToken cancellationToken) =>
        await TryGetAsync(path, cancellationToken) ?? throw Failure(HttpStatusCode.NotFound, null);

    /// <summary>Null for 404 (an endpoint or a part this GitLab does not have); any other failure throws.</summary>
    public async Task<JsonDocument?> TryGetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(settings.ApiBase, path));
        if (settings.Secret is { } token)
        {
            request.Headers.TryAddWithoutValidation("PRIVATE-TOKEN", token);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Failure(response.StatusCode, response);
        }

        try
        {
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (JsonException exception)
        {
            _ = exception;
            throw new ReleaseUnreadableException(linkText, "GitLab sent an answer DeployBot could not read (not JSON; is Sources:GitLab:ApiBaseUrl the API, ending in /api/v4/?)");
        }
    }

    private ReleaseUnreadableException Failure(HttpStatusCode status, HttpResponseMessage? response)
    {
        var key = settings.TokenKey;
        var reason = status switch
        {
            _ when response is not null && RateLimit.IsLimited(response) => RateLimited(response),
            HttpStatusCode.NotFound => settings.Secret is null
                ? $"GitLab answered 404 Not Found (a private project needs {key})"
                : $"GitLab answered 404 Not Found (check that {link.Repository} has it and that {key} may read that project)",
            HttpStatusCode.Unauthorized => $"GitLab answered 401 Unauthorized ({key} is wrong or expired; set a valid token with read_api)",
            HttpStatusCode.Forbidden => $"GitLab answered 403 Forbidden ({key} may not read {link.Repository}; give it the read_api scope)",
            _ => $"GitLab answered {(int)status} {GitHub.GitHubFailures.Phrase(status)} (try again later)",
        };
        return new ReleaseUnreadableException(linkText, reason);
    }

    private string RateLimited(HttpResponseMessage response)
    {
        var reset = RateLimit.Reset(response) ?? (RateLimit.Wait(response, time) is { } wait ? time.GetUtcNow() + wait : null);
        var until = reset is { } at ? $" until {at.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture)} UTC" : " for now";
        return $"GitLab's rate limit is used up{until} (try again then)";
    }
}
