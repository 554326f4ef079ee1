using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Teams;

/// <summary>Says at start which mode the Teams endpoint runs in; emulator mode is a loud warning, never a silent fallback.</summary>
internal sealed class TeamsStartupReport(IOptions<TeamsOptions> options, ILogger<TeamsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsEmulatorMode)
        {
            Log.EmulatorMode(logger);
        }
        else
        {
            Log.Enabled(logger, settings.AppId!, settings.OpenIdMetadataUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
