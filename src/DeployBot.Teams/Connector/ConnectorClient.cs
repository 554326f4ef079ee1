using System.Net.Http.Json;
using System.Text.Json;
using DeployBot.Core.Platforms;
using DeployBot.Teams.Activities;
using DeployBot.Teams.Auth;

namespace DeployBot.Teams.Connector;

/// <summary>The Bot Connector REST API calls DeployBot makes (teams-protocol.md §4). Retries live in the client's one resilience pipeline.</summary>
internal sealed class ConnectorClient(HttpClient http)
{
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, Url(serviceUrl, "v3/conversations"), parameters, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"), activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, ActivityUrl(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, ActivityUrl(serviceUrl, conversationId, activityId), activity with { Id = activityId }, cancellationToken);

    private static Uri ActivityUrl(string serviceUrl, string conversationId, string activityId) =>
        Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    /// <summary>Built from the parsed base (origin plus path), so nothing in the service URL can move the request elsewhere.</summary>
    private static Uri Url(string serviceUrl, string path) =>
        ServiceUrls.TryParse(serviceUrl, out var baseUri)
            ? ServiceUrls.Resolve(baseUri, path)
            : throw new ChatDeliveryException("The Teams service URL is not an absolute http(s) URL without query or fragment; nothing was sent.", permanent: true);

    private async Task<T> SendAsync<T>(HttpMethod method, Uri url, object body, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, body.GetType(), options: ActivityJson.Options) };
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(response.StatusCode, await ReadErrorCodeAsync(response, cancellationToken), RetryAfter(response));
        }

        return await ReadBodyAsync<T>(response, cancellationToken);
    }

    private static async Task<T> ReadBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ActivityJson.Options, cancellationToken)
                ?? throw new ConnectorException("The Bot Connector answered with an empty body.");
        }
        catch (JsonException exception)
        {
            throw new ConnectorException("The Bot Connector answered with a body that is not JSON.", exception);
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code)
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.RetryAfter?.Date is { } date ? date - (response.Headers.Date ?? date) : null);
}
