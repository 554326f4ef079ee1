using System.Net;
using DeployBot.Sources.Options;

namespace DeployBot.Sources.Safety;

/// <summary>
/// Inside each attempt of the resilience pipeline: refuses a request to a host that is not allowed, follows redirects
/// itself (at most <see cref="SourceLimits.MaxRedirects"/>, each hop checked again, credentials dropped when the host
/// changes), and reads the answer into memory up to <see cref="SourceLimits.MaxResponseBytes"/>, so the attempt's
/// timeout covers the whole body and nothing larger is ever held.
/// </summary>
internal sealed class SourceGuardHandler(SourceHosts hosts) : DelegatingHandler
{
    private static readonly string[] Credentials = ["Authorization", "PRIVATE-TOKEN"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = request;
        for (var hop = 0; ; hop++)
        {
            Check(current.RequestUri!, redirected: hop > 0);
            var response = await base.SendAsync(current, cancellationToken);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return await BufferAsync(response, cancellationToken);
            }

            response.Dispose();
            if (hop == SourceLimits.MaxRedirects)
            {
                throw new SourceBlockedException($"it redirects more than {SourceLimits.MaxRedirects} times");
            }

            current = Follow(current, new Uri(current.RequestUri!, location));
        }
    }

    private void Check(Uri uri, bool redirected)
    {
        if (hosts.Refusal(uri) is { } refusal)
        {
            throw new SourceBlockedException(redirected ? $"it redirects to {uri.Host}, and {refusal}" : refusal);
        }
    }

    private static HttpRequestMessage Follow(HttpRequestMessage previous, Uri next)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, next) { Version = previous.Version };
        var sameHost = string.Equals(previous.RequestUri!.IdnHost, next.IdnHost, StringComparison.OrdinalIgnoreCase);
        foreach (var header in previous.Headers.Where(header => sameHost || !Credentials.Contains(header.Key, StringComparer.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return request;
    }

    private static async Task<HttpResponseMessage> BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            if (response.Content.Headers.ContentLength > SourceLimits.MaxResponseBytes)
            {
                throw TooLarge();
            }

            var body = await ReadLimitedAsync(response.Content, cancellationToken);
            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers.Where(header => header.Key != "Content-Length"))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > SourceLimits.MaxResponseBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static SourceBlockedException TooLarge() =>
        new($"its answer is larger than {SourceLimits.MaxResponseBytes / (1024 * 1024)} MB, more than DeployBot reads");

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
