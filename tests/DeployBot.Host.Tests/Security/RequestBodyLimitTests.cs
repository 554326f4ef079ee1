using System.Net;
using System.Net.Http.Headers;
using System.Globalization;
using DeployBot.Host.Tests.Infrastructure;
using DeployBot.Host.Tests.Slack;
using DeployBot.Host.Tests.Teams;

namespace DeployBot.Host.Tests.Security;

/// <summary>
/// Issue 19 item 2: bodies are capped before they are buffered, and headers are checked before any body is read. Each
/// request streams a chunked body far over the cap; the assertion is on how much of it the host's endpoints read.
/// </summary>
public sealed class RequestBodyLimitTests
{
    private const long Huge = 24L * 1024 * 1024;
    private const long SlackCap = 1024 * 1024;
    private const long TeamsCap = 256 * 1024;
    private const long ConsoleCap = 64 * 1024;
    private const long OneRead = 16 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SlackCommands_ChunkedBodyOverTheCapWithPlausibleSignature_Is413WithoutBeingBuffered()
    {
        await using var host = await SlackHost.StartAsync();
        var (client, counter, factory) = BodyReadCounter.Attach(host.App);
        using var counted = factory;
        using var request = SlackRequest(new CountingContent(Huge), "v0=" + new string('0', 64));

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.InRange(counter.BytesRead, 0, SlackCap + OneRead);
    }

    [Fact]
    public async Task SlackCommands_UnsignedChunkedBody_Is401WithoutReadingPastTheProbeSize()
    {
        await using var host = await SlackHost.StartAsync();
        var (client, counter, factory) = BodyReadCounter.Attach(host.App);
        using var counted = factory;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new CountingContent(Huge) };

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.InRange(counter.BytesRead, 0, 513);
    }

    [Fact]
    public async Task ApiMessages_ChunkedBodyWithoutAToken_Is401WithoutReadingIt()
    {
        await using var host = await TeamsHost.StartAsync();
        var (client, counter, factory) = BodyReadCounter.Attach(host.App);
        using var counted = factory;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new CountingContent(Huge) };

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, counter.BytesRead);
    }

    [Fact]
    public async Task ApiMessages_ChunkedBodyOverTheCapWithAValidToken_Is413WithoutBeingBuffered()
    {
        await using var host = await TeamsHost.StartAsync();
        var (client, counter, factory) = BodyReadCounter.Attach(host.App);
        using var counted = factory;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new CountingContent(Huge) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Issuer.MintToken(host.Connector.ServiceUrl));

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.InRange(counter.BytesRead, 0, TeamsCap + OneRead);
    }

    [Fact]
    public async Task ConsoleCommands_ChunkedBodyOverTheCap_Is413WithoutBeingBuffered()
    {
        await using var app = new DeployBotApplication();
        var (client, counter, factory) = BodyReadCounter.Attach(app);
        using var counted = factory;
        var body = new CountingContent(Huge);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://localhost/console/commands") { Content = body };

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.InRange(counter.BytesRead, 0, ConsoleCap + OneRead);
    }

    private static HttpRequestMessage SlackRequest(HttpContent body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = body };
        request.Headers.Add("X-Slack-Request-Timestamp", TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}
