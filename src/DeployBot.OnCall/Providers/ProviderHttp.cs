using System.Net;
using System.Text.Json;
using Polly.Timeout;

namespace DeployBot.OnCall.Providers;

/// <summary>One GET to a paging tool, with every way it can fail turned into an <see cref="OnCallLookupException"/>.</summary>
internal static class ProviderHttp
{
    /// <param name="http">The typed client; its resilience handler does the retrying.</param>
    /// <param name="request">The request to send (disposed here).</param>
    /// <param name="tool">"PagerDuty" or "Opsgenie", for the messages.</param>
    /// <param name="describeFailure">Says what an unsuccessful status means for this tool.</param>
    /// <param name="cancellationToken">The caller's token; its cancellation is rethrown, never reported as a timeout.</param>
    public static async Task<JsonDocument> GetJsonAsync(
        HttpClient http, HttpRequestMessage request, string tool, Func<HttpStatusCode, string, string> describeFailure, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await SendAsync(http, request, tool, cancellationToken);
            var body = await ReadAsync(response, tool, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new OnCallLookupException(describeFailure(response.StatusCode, body));
            }

            try
            {
                return JsonDocument.Parse(body);
            }
            catch (JsonException exception)
            {
                throw new OnCallLookupException($"{tool} sent an answer DeployBot could not read (not JSON)", exception);
            }
        }
    }

    /// <summary>The <c>message</c> a tool put in its error body, cut short, or null.</summary>
    public static string? ErrorMessage(string body, params string[] path)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var element = document.RootElement;
            foreach (var name in path)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                {
                    return null;
                }
            }

            var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
            return string.IsNullOrWhiteSpace(text) ? null : text.Length > 160 ? text[..160] + "…" : text;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, string tool, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new OnCallLookupException($"{tool} did not answer in time", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OnCallLookupException($"{tool} did not answer in time", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new OnCallLookupException($"{tool} could not be reached ({exception.HttpRequestError})", exception);
        }
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response, string tool, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new OnCallLookupException($"{tool}'s answer was cut off", exception);
        }
    }
}
