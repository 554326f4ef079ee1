using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        await using var app = new DeployBotApplication(settings);
        // The database vanished after start: without the start-up migration (which would refuse to start), the host serves.
        await using var started = app.WithWebHostBuilder(web => web.ConfigureTestServices(services => RemoveMigration(services)));
        using var client = started.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var reason = (string?)Assert.Single(JsonNode.Parse(body)!["reasons"]!.AsArray());
        Assert.Equal("storage (Postgres) is not reachable; check Storage:ConnectionString and that the database is up", reason);
        Assert.DoesNotContain("not-logged-42", body, StringComparison.Ordinal);
    }

    private static void RemoveMigration(IServiceCollection services)
    {
        var migration = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "StorageMigrationService");
        services.Remove(migration);
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
