using System.Net;
using System.Net.Http.Json;
using DeployBot.Host.Tests.Infrastructure;

namespace DeployBot.Host.Tests.Operations;

/// <summary><c>/metrics</c> as Prometheus scrapes it: off by default, and when on it shows what the bot just did.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_PrometheusOff_IsNotServed()
    {
        await using var app = new DeployBotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_AfterAConsoleRequest_ShowsItsAcknowledgementLatencyAndOutcome()
    {
        await using var app = new DeployBotApplication(new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });
        using var client = app.CreateClient();
        using var command = new HttpRequestMessage(HttpMethod.Post, "/console/commands")
        {
            Content = JsonContent.Create(new { text = "/deploy-plan NOTES=\"Add an index\" ENVIRONMENT=nowhere" }),
        };
        command.Headers.Add("Origin", "http://localhost");
        using var answered = await client.SendAsync(command, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var metrics = await ScrapeUntilAsync(client, text => text.Contains("deploybot_requests_total{", StringComparison.Ordinal));

        Assert.Matches("""deploybot_ack_duration_milliseconds_count\{[^}]*platform="console"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""deploybot_requests_total\{[^}]*outcome="refused"[^}]*platform="console"[^}]*\} [1-9]""", metrics);
    }

    /// <summary>The exporter caches a scrape briefly; scrape again (bounded) until the condition holds.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, Func<string, bool> condition)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
            if (condition(text))
            {
                return text;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return text;
    }
}
