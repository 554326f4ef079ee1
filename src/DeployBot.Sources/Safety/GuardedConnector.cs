using System.Net;
using System.Net.Sockets;

namespace DeployBot.Sources.Safety;

/// <summary>
/// The socket handler's connect step: resolves the host itself, refuses it when any of its addresses is not public
/// (checked at connect time, so a DNS answer that changes after a check cannot slip a private address in), then
/// connects to the addresses it checked. Configured API bases are exempt.
/// </summary>
internal sealed class GuardedConnector(SourceHosts hosts)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        if (!hosts.IsApiEndpoint(endpoint.Host, endpoint.Port) && addresses.FirstOrDefault(address => !PublicAddress.IsPublic(address)) is { } refused)
        {
            throw new SourceBlockedException(SourceHosts.PrivateAddress(endpoint.Host, refused));
        }

        return await ConnectToAnyAsync(addresses, endpoint.Port, cancellationToken);
    }

    private static async Task<Stream> ConnectToAnyAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
