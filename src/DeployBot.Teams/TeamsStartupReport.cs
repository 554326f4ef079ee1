using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Teams;

/// <summary>Says at start which mode the Teams endpoint runs in; emulator mode is a loud warning, never a silent fallback.</summary>
internal sealed class TeamsStartupReport(IOptions<TeamsOptions> options, TeamsModeSetting mode, ILogger<TeamsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        switch (mode.Mode)
        {
            case TeamsMode.Emulator:
                Log.EmulatorMode(logger);
                break;
            case TeamsMode.Connected:
                Log.Enabled(logger, settings.AppId!, settings.OpenIdMetadataUrl);
                break;
            default:
                Log.Off(logger);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
