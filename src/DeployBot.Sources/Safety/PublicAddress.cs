using System.Net;
using System.Net.Sockets;

namespace DeployBot.Sources.Safety;

/// <summary>
/// Which addresses DeployBot may fetch from: public unicast only. Loopback, private (RFC 1918, IPv6 unique local),
/// link-local (cloud metadata lives at 169.254.169.254), carrier-grade NAT, unspecified, multicast and the
/// documentation and benchmarking ranges are refused, IPv4-mapped IPv6 included.
/// </summary>
internal static class PublicAddress
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 or >= 224
        || (b[0] == 100 && b[1] is >= 64 and <= 127)
        || (b[0] == 169 && b[1] == 254)
        || (b[0] == 172 && b[1] is >= 16 and <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
        || (b[0] == 198 && b[1] is 18 or 19)
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)
        || (b[0] == 203 && b[1] == 0 && b[2] == 113));

    private static bool IsPublicV6(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        var documentation = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8;
        var nat64OrTeredo = (b[0] == 0x00 && b[1] == 0x64) || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0);
        return !documentation && !nat64OrTeredo && (b[0] & 0xe0) == 0x20;
    }
}
