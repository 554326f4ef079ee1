using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>
/// Signs requests as Slack does (v0 HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>), so every request crosses the real check.
/// Without an inner handler it is meant for <c>WebApplicationFactory.CreateDefaultClient</c>, which chains it.
/// </summary>
internal sealed class SlackSigner : DelegatingHandler
{
    private readonly string _signingSecret;

    public SlackSigner(string signingSecret) => _signingSecret = signingSecret;

    public SlackSigner(string signingSecret, HttpMessageHandler inner)
        : base(inner) => _signingSecret = signingSecret;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_signingSecret), signed)));
        return await base.SendAsync(request, cancellationToken);
    }
}
