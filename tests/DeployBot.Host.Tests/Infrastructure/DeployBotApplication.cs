using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace DeployBot.Host.Tests.Infrastructure;

/// <summary>
/// The real host in memory, on its own SQLite file, with configuration overridden per test.
/// Platform tests pass the settings that point Slack/Teams/the model at loopback fakes.
/// </summary>
public sealed class DeployBotApplication(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "deploybot-tests", Guid.NewGuid().ToString("N"));

    public string DataDirectory => _dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration =>
        {
            var defaults = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_dataDirectory, "deploybot.db")}",
            };
            configuration.AddInMemoryCollection(defaults);
            if (settings is not null)
            {
                configuration.AddInMemoryCollection(settings);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing connection; the temp folder is cleaned by the OS.
            }
        }
    }
}
