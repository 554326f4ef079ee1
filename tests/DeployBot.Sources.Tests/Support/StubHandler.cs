using System.Collections.Concurrent;
using System.Net;

namespace DeployBot.Sources.Tests.Support;

/// <summary>The socket layer replaced by answers per URL, recording each request (with its headers) as sent.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpRequestMessage> _requests = new();

    public IReadOnlyList<HttpRequestMessage> Requests => _requests.ToArray();

    public static HttpResponseMessage Text(string text, string mediaType = "text/plain") =>
        new(HttpStatusCode.OK) { Content = new StringContent(text, System.Text.Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Redirect(string location) =>
        new(HttpStatusCode.Found) { Headers = { Location = new Uri(location) } };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        var response = answer(request);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
