using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeployBot.Host.Tests.Slack;

/// <summary>Signs every request as Slack does (v0 HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>), so tests cross the real check.</summary>
internal sealed class SlackSigningHandler(string signingSecret, Func<long>? clock = null) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var timestamp = (clock?.Invoke() ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var baseString = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), baseString));
        request.Headers.Remove("X-Slack-Request-Timestamp");
        request.Headers.Remove("X-Slack-Signature");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return await base.SendAsync(request, cancellationToken);
    }
}
