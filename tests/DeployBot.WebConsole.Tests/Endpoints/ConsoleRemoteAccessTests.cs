using System.Net;
using System.Text;
using DeployBot.Core.Conversations;
using DeployBot.WebConsole.Endpoints;
using DeployBot.WebConsole.Tests.Infrastructure;
using NSubstitute;

namespace DeployBot.WebConsole.Tests.Endpoints;

/// <summary>
/// Issue 19 item 6: with <c>Console:AllowRemote=true</c> the Host and Origin checks still apply and every state-changing
/// call needs the page's CSRF token, so a page the operator visits (or a DNS-rebound name) cannot press buttons or read state.
/// </summary>
public sealed class ConsoleRemoteAccessTests
{
    private static readonly Dictionary<string, string?> Remote = new() { ["Console:AllowRemote"] = "true", ["Console:AllowedHosts:0"] = "deploybot.internal.example" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/console/state")]
    [InlineData("/")]
    public async Task Get_RemoteAllowedButHostIsAnUnlistedName_IsRefused(string path)
    {
        await using var server = await ConsoleTestServer.StartAsync(Remote);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "rebind.attacker.example";

        using var response = await server.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_RemoteAllowedWithoutTheCsrfToken_IsRefusedAndTheEngineHearsNothing()
    {
        await using var server = await ConsoleTestServer.StartAsync(Remote);

        using var response = await server.Client.SendAsync(Press(token: null), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await server.Engine.DidNotReceiveWithAnyArgs().PressButtonAsync(default!, Ct);
    }

    [Fact]
    public async Task Post_RemoteAllowedFromAnotherOriginEvenWithTheToken_IsRefused()
    {
        await using var server = await ConsoleTestServer.StartAsync(Remote);
        var token = await TokenAsync(server);
        using var request = Press(token);
        request.Headers.Add("Origin", "http://attacker.example");

        using var response = await server.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_RemoteAllowedWithTheTokenFromTheStateOnAListedHost_ReachesTheEngine()
    {
        await using var server = await ConsoleTestServer.StartAsync(Remote);
        server.Engine.PressButtonAsync(default!, Ct).ReturnsForAnyArgs(new Accepted("p1", "Acknowledged."));
        var token = await TokenAsync(server);
        using var request = Press(token);
        request.Headers.Host = "deploybot.internal.example";

        using var response = await server.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.Engine.ReceivedWithAnyArgs(1).PressButtonAsync(default!, Ct);
    }

    private static async Task<string> TokenAsync(ConsoleTestServer server) =>
        (await (await server.Client.GetAsync("/console/state", Ct)).ReadJsonAsync()).GetProperty("csrfToken").GetString()!;

    private static HttpRequestMessage Press(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/console/plans/p1/buttons/acknowledge")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Add(ConsoleCsrfToken.HeaderName, token);
        }

        return request;
    }
}
