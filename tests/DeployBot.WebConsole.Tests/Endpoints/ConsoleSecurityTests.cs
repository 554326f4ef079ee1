using System.Net;
using DeployBot.WebConsole.Endpoints;
using DeployBot.WebConsole.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DeployBot.WebConsole.Tests.Endpoints;

public sealed class ConsoleSecurityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/console/app.js")]
    [InlineData("/console/app.css")]
    [InlineData("/console/state")]
    public async Task Get_AnyConsoleResource_CarriesTheContentSecurityPolicyAndNosniff(string path)
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Post_BadJson_StillCarriesTheContentSecurityPolicy()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostRawAsync("/console/commands", "{");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Page_HasNoInlineScriptOrStyleAndTheScriptNeverWritesHtml()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        var page = await server.Client.GetStringAsync("/", Ct);
        var script = await server.Client.GetStringAsync("/console/app.js", Ct);

        Assert.Matches("<script src=\"/console/app.js\" defer></script>", page);
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]+</script>|<style|style=|onclick=", page);
        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Request_ForeignHostHeader_IsRefused()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";

        using var response = await server.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromAnotherOrigin_IsRefused()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/console/commands")
        {
            Content = new StringContent("{\"text\":\"/deploy-plan NOTES=x\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "http://attacker.example");

        using var response = await server.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.9", false, true)]
    [InlineData("::ffff:198.51.100.4", false, true)]
    [InlineData("127.0.0.1", false, false)]
    [InlineData("::1", false, false)]
    [InlineData("203.0.113.9", true, false)]
    public void Refusal_ByClientAddress_AllowsOnlyLoopbackUnlessRemoteIsAllowed(string address, bool allowRemote, bool refused)
    {
        var filter = new ConsoleAccessFilter(Options.Create(new ConsoleOptions { AllowRemote = allowRemote }), new ConsoleCsrfToken(), NullLogger<ConsoleAccessFilter>.Instance);
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        http.Request.Method = "GET";
        http.Request.Host = new HostString("localhost", 3978);

        var reason = filter.Refusal(http);

        Assert.Equal(refused, reason is not null);
    }
}
