using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace DeployBot.Slack.Api;

/// <summary>
/// The Slack Web API over <see cref="HttpClient"/>. Retries (429 with <c>Retry-After</c>, 5xx, transport errors) belong to
/// the one resilience pipeline registered with this typed client; here every answer is checked for <c>ok</c> and
/// failures become <see cref="SlackApiException"/>.
/// </summary>
internal sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options)
{
    public async Task<SlackPostedMessage> PostMessageAsync(
        string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken, SlackMetadata? metadata = null)
    {
        var request = new PostMessageRequest(channel, message.Text, message.Blocks, threadTs, Metadata: metadata);
        var root = await CallJsonAsync("chat.postMessage", request, cancellationToken);
        return new SlackPostedMessage(Read(root, "channel") ?? channel, Read(root, "ts") ?? throw Malformed("chat.postMessage"));
    }

    public async Task<SlackPostedMessage> UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var root = await CallJsonAsync("chat.update", new UpdateMessageRequest(channel, ts, message.Text, message.Blocks), cancellationToken);
        return new SlackPostedMessage(Read(root, "channel") ?? channel, Read(root, "ts") ?? ts);
    }

    public async Task<string?> PostEphemeralAsync(string channel, string user, string text, string? threadTs, CancellationToken cancellationToken)
    {
        var root = await CallJsonAsync("chat.postEphemeral", new PostEphemeralRequest(channel, user, text, threadTs), cancellationToken);
        return Read(root, "message_ts");
    }

    public async Task<string?> OpenViewAsync(string triggerId, Rendering.ModalView view, CancellationToken cancellationToken)
    {
        var root = await CallJsonAsync("views.open", new OpenViewRequest(triggerId, view), cancellationToken);
        return root.TryGetProperty("view", out var opened) ? Read(opened, "id") : null;
    }

    public Task UpdateViewAsync(string viewId, Rendering.ModalView view, string? hash, CancellationToken cancellationToken) =>
        CallJsonAsync("views.update", new UpdateViewRequest(viewId, view, hash), cancellationToken);

    /// <summary>The user id for an e-mail address, or null when Slack knows no such user.</summary>
    public async Task<string?> LookupUserByEmailAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            var root = await CallFormAsync("users.lookupByEmail", [new("email", email)], cancellationToken);
            return root.TryGetProperty("user", out var user) ? Read(user, "id") : null;
        }
        catch (SlackApiException exception) when (exception.Error == "users_not_found")
        {
            return null;
        }
    }

    /// <summary>The user ids in a user group (<c>usergroups.users.list</c>).</summary>
    public async Task<IReadOnlyCollection<string>> ListGroupMembersAsync(string groupId, CancellationToken cancellationToken)
    {
        var root = await CallFormAsync("usergroups.users.list", [new("usergroup", groupId)], cancellationToken);
        return root.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Array
            ? users.EnumerateArray().Where(user => user.ValueKind == JsonValueKind.String).Select(user => user.GetString()!).ToArray()
            : [];
    }

    /// <summary>
    /// One page of a channel's top-level messages since <paramref name="oldest"/>, newest first, with their metadata
    /// (<c>conversations.history</c>, <c>channels:history</c> / <c>groups:history</c>), and the cursor of the next page.
    /// </summary>
    public async Task<(IReadOnlyList<SlackHistoryMessage> Messages, string? NextCursor)> ReadHistoryAsync(
        string channel, DateTimeOffset oldest, string? cursor, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("channel", channel),
            new("oldest", SlackTs.From(oldest)),
            new("limit", "200"),
            new("include_all_metadata", "true"),
        };
        if (cursor is not null)
        {
            fields.Add(new("cursor", cursor));
        }

        var root = await CallFormAsync("conversations.history", fields, cancellationToken);
        return (SlackHistory.ReadMessages(root), SlackHistory.ReadNextCursor(root));
    }

    public async Task<string?> GetPermalinkAsync(string channel, string ts, CancellationToken cancellationToken)
    {
        var root = await CallFormAsync("chat.getPermalink", [new("channel", channel), new("message_ts", ts)], cancellationToken);
        return Read(root, "permalink");
    }

    public async Task<SlackIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        var root = await CallFormAsync("auth.test", [], cancellationToken);
        return new SlackIdentity(Read(root, "user_id") ?? throw Malformed("auth.test"), Read(root, "bot_id"));
    }

    /// <summary>
    /// <c>apps.connections.open</c> with the app-level token (<c>xapp-…</c>, as a Bearer header: as a POST field it errors):
    /// a fresh, temporary WebSocket URL for Socket Mode.
    /// </summary>
    public async Task<Uri> OpenConnectionAsync(string appToken, CancellationToken cancellationToken)
    {
        var root = await SendAsync("apps.connections.open", new FormUrlEncodedContent([]), cancellationToken, appToken);
        return Uri.TryCreate(Read(root, "url"), UriKind.Absolute, out var url) ? url : throw Malformed("apps.connections.open");
    }

    /// <summary>Posts a delayed answer to a <c>response_url</c>. No bearer token goes there: the URL itself is the credential.</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, ResponseUrlMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = Json(message) };
        using var response = await http.SendAsync(request, cancellationToken);
        EnsureHttpSuccess("response_url", response);
    }

    private Task<JsonElement> CallJsonAsync<T>(string method, T body, CancellationToken cancellationToken) =>
        SendAsync(method, Json(body), cancellationToken);

    private Task<JsonElement> CallFormAsync(string method, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken) =>
        SendAsync(method, new FormUrlEncodedContent(fields), cancellationToken);

    private async Task<JsonElement> SendAsync(string method, HttpContent content, CancellationToken cancellationToken, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? options.Value.BotToken);
        using var response = await http.SendAsync(request, cancellationToken);
        EnsureHttpSuccess(method, response);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var root = Parse(method, body);
        if (!root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            throw new SlackApiException(method, Read(root, "error") ?? "unknown_error");
        }

        return root;
    }

    private static void EnsureHttpSuccess(string method, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new SlackApiException(method, "ratelimited", response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(30));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        }
    }

    private static JsonElement Parse(string method, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new SlackApiException(method, "invalid_response", innerException: exception);
        }
    }

    private static StringContent Json<T>(T body) =>
        new(SlackJson.Serialize(body), Encoding.UTF8, "application/json");

    private static string? Read(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static SlackApiException Malformed(string method) => new(method, "invalid_response");
}
