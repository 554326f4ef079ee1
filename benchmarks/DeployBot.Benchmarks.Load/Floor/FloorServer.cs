using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeployBot.Benchmarks.Load.Floor;

/// <summary>
/// The floor: bare Kestrel on 127.0.0.1 with one endpoint, <c>POST /slack/commands</c>, that reads the body, checks
/// the Slack signature as DeployBot must (v0 HMAC-SHA256, constant-time compare, 5-minute window) and answers the
/// same ephemeral JSON. No routing beyond that, no storage, no logging: what answering a signed Slack command costs
/// at the least on this machine.
/// </summary>
internal static class FloorServer
{
    public const string ListeningPrefix = "FLOOR LISTENING ";

    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        "{\"response_type\":\"ephemeral\",\"text\":\"Drafting the production plan: it will be posted in #releases.\"}");

    public static async Task<int> RunAsync(string signingSecret)
    {
        var key = Encoding.UTF8.GetBytes(signingSecret);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/slack/commands", http => HandleAsync(http, key));
        await app.StartAsync();
        var address = app.Urls.First();
        Console.Out.WriteLine(ListeningPrefix + address);
        await Console.Out.FlushAsync();
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static async Task HandleAsync(HttpContext http, byte[] key)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        if (!IsSigned(http.Request.Headers, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), key))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(Answer, http.RequestAborted);
    }

    private static bool IsSigned(IHeaderDictionary headers, ReadOnlySpan<byte> body, byte[] key)
    {
        var timestamp = headers["X-Slack-Request-Timestamp"].ToString();
        var signature = headers["X-Slack-Signature"].ToString();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() - seconds) > 300
            || !signature.StartsWith("v0=", StringComparison.Ordinal))
        {
            return false;
        }

        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HMACSHA256.HashData(key, signed)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature[3..]));
    }
}
