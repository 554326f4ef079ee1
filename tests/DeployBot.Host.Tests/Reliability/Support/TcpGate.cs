using System.Net;
using System.Net.Sockets;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>
/// A TCP forwarder on a fixed 127.0.0.1 port in front of a server (PostgreSQL here). <see cref="Close"/> makes the
/// server unreachable as an outage does: open connections are cut and new ones are refused, until <see cref="Open"/>
/// listens on the same port again.
/// </summary>
internal sealed class TcpGate(string targetHost, int targetPort) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _accepting;

    public int Port { get; private set; }

    /// <summary>When true, connections are accepted but nothing is forwarded or answered: a server that hangs.</summary>
    public bool Silent { get; set; }

    public void Open()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _accepting = new CancellationTokenSource();
        _ = AcceptAsync(listener, _accepting.Token);
    }

    /// <summary>Stops listening (new connections are refused) and cuts every open connection.</summary>
    public void Close()
    {
        _accepting?.Cancel();
        _listener?.Stop();
        _listener = null;
        lock (_gate)
        {
            foreach (var connection in _connections)
            {
                // Reset rather than a polite close, as a dead server or a dropped link looks to the client.
                try
                {
                    if (connection.Client is { Connected: true } socket)
                    {
                        socket.LingerState = new LingerOption(true, 0);
                    }
                }
                catch (Exception exception) when (exception is ObjectDisposedException or SocketException)
                {
                    // The forwarding task closed it in the meantime (cancelled above): it is cut already.
                }

                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        _accepting?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(inbound, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient inbound, CancellationToken cancellationToken)
    {
        var outbound = new TcpClient();
        Track(inbound, outbound);
        try
        {
            if (Silent)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            await outbound.ConnectAsync(targetHost, targetPort, cancellationToken);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), cancellationToken);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), cancellationToken);
            await Task.WhenAny(up, down);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The gate closed or a side hung up: the other side sees the connection drop, as in a real outage.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
        }
    }

    private void Track(TcpClient inbound, TcpClient outbound)
    {
        lock (_gate)
        {
            _connections.Add(inbound);
            _connections.Add(outbound);
        }
    }
}
