using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Infrastructure;

namespace DeployBot.Host.Tests.Operations;

/// <summary>Liveness and readiness as a load balancer or Kubernetes sees them.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_HostRunning_Returns200()
    {
        await using var app = new DeployBotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_SqliteMigrated_Returns200Ready()
    {
        await using var app = new DeployBotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["status"]);
    }

    [Fact]
    public async Task Readyz_PostgresOnAClosedPort_Returns503WithTheReasonAsJson()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=deploybot;Password=not-logged-42;Database=deploybot;Timeout=2",
        };
        // The host starts and serves although the database is not up: it keeps trying, and /readyz says why it is not ready.
        await using var app = new DeployBotApplication(settings);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var reason = (string?)Assert.Single(JsonNode.Parse(body)!["reasons"]!.AsArray());
        Assert.StartsWith("storage (PostgreSQL) is not reachable: Failed to connect to 127.0.0.1:", reason, StringComparison.Ordinal);
        Assert.EndsWith("; check Storage:ConnectionString and that the database is up", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("not-logged-42", body, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
