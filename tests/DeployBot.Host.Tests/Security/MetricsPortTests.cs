using System.Net;
using DeployBot.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace DeployBot.Host.Tests.Security;

/// <summary>Issue 19 item 8 through the real host: with a metrics port, /metrics is not served on the public port.</summary>
public sealed class MetricsPortTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_WithAMetricsPort_AreNotServedOnThePublicPortButAreOnTheMetricsPort()
    {
        await using var app = new DeployBotApplication(new Dictionary<string, string?>
        {
            ["Telemetry:Prometheus"] = "true",
            ["Telemetry:MetricsPort"] = "9464",
        });
        using var client = app.CreateClient();

        using var onPublicPort = await client.GetAsync(new Uri("/metrics", UriKind.Relative), Ct);
        var onMetricsPort = await app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/metrics";
            context.Connection.LocalPort = 9464;
        }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, onPublicPort.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, onMetricsPort.Response.StatusCode);
    }
}
