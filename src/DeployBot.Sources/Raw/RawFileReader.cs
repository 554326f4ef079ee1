using System.Net;
using System.Net.Http.Headers;
using DeployBot.Core.Releases;
using DeployBot.Sources.Links;
using DeployBot.Sources.Reading;

namespace DeployBot.Sources.Raw;

/// <summary>
/// Reads a raw text file (a CHANGELOG) from a host in <c>Sources:AllowedHosts</c>: no credentials are sent, and a web
/// page (HTML) is refused, because a page around the notes is not the notes.
/// </summary>
internal sealed class RawFileReader(IHttpClientFactory factory)
{
    public async Task<ResolvedRelease> ReadAsync(Uri uri, FoundLink found, CancellationToken cancellationToken)
    {
        using var http = factory.CreateClient(SourceHttp.ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.1));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var hint = response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? "link a public raw file, or paste its text as NOTES"
                : "try again later";
            throw new ReleaseUnreadableException(found.Text, $"{uri.Host} answered {(int)response.StatusCode} {GitHub.GitHubFailures.Phrase(response.StatusCode)} ({hint})");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            throw new ReleaseUnreadableException(found.Text, $"{uri.Host} answered with a web page, not a text file (link the raw file, e.g. its \"Raw\" button)");
        }

        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        var title = Uri.UnescapeDataString(uri.Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } name ? name : uri.Host);
        var text = new ReleaseText().Body(content).RequesterNote(found.Rest);
        return new ResolvedRelease(found.Text, title, text.ToString(), [], null, null);
    }
}
