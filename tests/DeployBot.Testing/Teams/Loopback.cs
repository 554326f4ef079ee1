using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Testing.Teams;

/// <summary>Starts a minimal Kestrel app on 127.0.0.1 with a free port.</summary>
internal static class Loopback
{
    public static async Task<(WebApplication App, Uri Root)> StartAsync(Action<WebApplication> map, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }

    public static async Task<T> WaitAsync<T>(Func<T?> probe, TimeSpan? timeout, string what, CancellationToken cancellationToken)
        where T : class
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0}s for {what}.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
