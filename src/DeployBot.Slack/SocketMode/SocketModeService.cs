using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using DeployBot.Core.Telemetry;
using DeployBot.Slack.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Slack.SocketMode;

/// <summary>
/// Slack over Socket Mode (when <c>Slack:AppToken</c> is set): keeps one WebSocket to Slack open for the life of the host.
/// A <c>disconnect</c> Slack announces (<c>refresh_requested</c>, <c>warning</c>) opens the next connection before the
/// old one closes; <c>too_many_websockets</c>, <c>link_disabled</c> and network drops close first and reconnect after
/// an exponential, jittered backoff. Envelopes go to <see cref="SocketEnvelopeHandler"/>.
/// </summary>
internal sealed class SocketModeService(
    IOptions<SlackOptions> options,
    IServiceProvider services,
    SocketModeStatus status,
    SocketModeTuning tuning,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    private readonly List<Task> _closing = [];
    private int _connections;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsSocketMode)
        {
            return;
        }

        status.Set(SocketState.Connecting);
        var envelopes = ActivatorUtilities.CreateInstance<SocketEnvelopeHandler>(services, stoppingToken);
        SocketModeConnection? current = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                current = await ConnectAsync(current, envelopes, stoppingToken);
                var end = await current.Ended.WaitAsync(stoppingToken);
                SocketModeLog.Ending(logger, _connections, end.Reason);
                DeployBotTelemetry.SlackSocketReconnects.Add(1, new KeyValuePair<string, object?>("reason", end.DisconnectReason ?? "dropped"));
                if (!end.OpenNextFirst)
                {
                    status.Set(SocketState.Down, end.Reason);
                    await current.CloseAsync(tuning.DrainTimeout, time);
                    current = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            if (current is not null)
            {
                await current.CloseAsync(tuning.DrainTimeout, time);
            }

            await Task.WhenAll(_closing);
            status.Set(SocketState.Down, "the host is stopping");
        }
    }

    /// <summary>
    /// Opens a new connection, retrying with backoff until one says hello. <paramref name="ending"/> (a connection Slack
    /// asked us to leave) keeps running meanwhile and is closed only once the new one is up. After a drop (no
    /// <paramref name="ending"/> and not the first start) the first attempt waits too.
    /// </summary>
    private async Task<SocketModeConnection> ConnectAsync(SocketModeConnection? ending, SocketEnvelopeHandler envelopes, CancellationToken stoppingToken)
    {
        var failures = 0;
        var delay = ending is null && _connections > 0 ? ReconnectBackoff.Delay(0, tuning, Random.Shared) : TimeSpan.Zero;
        while (true)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, stoppingToken);
            }

            try
            {
                var connection = await OpenAsync(envelopes, stoppingToken);
                status.Set(SocketState.Connected);
                if (ending is not null)
                {
                    _closing.RemoveAll(task => task.IsCompleted);
                    _closing.Add(ending.CloseAsync(tuning.DrainTimeout, time));
                }

                return connection;
            }
            catch (Exception exception) when (IsConnectFailure(exception) && !stoppingToken.IsCancellationRequested)
            {
                var reason = Describe(exception);
                if (ending is not { IsOpen: true })
                {
                    status.Set(SocketState.Down, reason);
                }

                delay = ReconnectBackoff.Delay(failures++, tuning, Random.Shared);
                SocketModeLog.ConnectFailed(logger, reason, delay.TotalSeconds);
            }
        }
    }

    private async Task<SocketModeConnection> OpenAsync(SocketEnvelopeHandler envelopes, CancellationToken stoppingToken)
    {
        Uri url;
        using (var scope = services.CreateScope())
        {
            url = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().OpenConnectionAsync(options.Value.AppToken!.Trim(), stoppingToken);
        }

        if (!IsAllowed(url))
        {
            throw new SlackApiException("apps.connections.open", "a URL that is not wss:// (refused)");
        }

        var connection = await SocketModeConnection.OpenAsync(url, tuning, envelopes.HandleAsync, logger, stoppingToken);
        SocketModeLog.Connected(logger, Interlocked.Increment(ref _connections));
        return connection;
    }

    /// <summary><c>wss://</c> only; plain <c>ws://</c> just for a loopback address (tests and local fakes).</summary>
    internal static bool IsAllowed(Uri url) =>
        url.Scheme == "wss" || (url.Scheme == "ws" && (url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip))));

    private static bool IsConnectFailure(Exception exception) =>
        exception is SlackApiException or WebSocketException or HttpRequestException or IOException or OperationCanceledException or TimeoutException;

    private static string Describe(Exception exception) => exception switch
    {
        SlackApiException api => $"apps.connections.open answered {api.Error}",
        OperationCanceledException or TimeoutException => "no hello from Slack in time",
        _ => $"the WebSocket failed: {exception.Message}",
    };
}
