using System.Net;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Teams.Endpoints;

/// <summary>
/// Emulator mode checks no tokens, so it is only for this machine: the caller and the service URL replies go to must be
/// loopback. A caller without a remote address is not known to be local, and a request that crossed a proxy (a same-host
/// reverse proxy or a service-mesh sidecar forwards from 127.0.0.x) is refused unless forwarded headers are trusted.
/// </summary>
internal static class EmulatorGuard
{
    /// <summary>Headers a proxy adds; any of them means the loopback TCP peer is a relay, not the caller.</summary>
    private static readonly string[] ProxyHeaders =
        ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP", "X-Envoy-External-Address", "X-Forwarded-Client-Cert", "Via"];

    /// <summary>True only for a loopback caller (unknown is not local), and for proxied requests only when trusted and all hops are loopback.</summary>
    public static bool IsLocalCaller(HttpContext context, bool trustForwardedHeaders)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsLocal(context.Connection.RemoteIpAddress))
        {
            return false;
        }

        var headers = context.Request.Headers;
        if (!ProxyHeaders.Any(headers.ContainsKey))
        {
            return true;
        }

        return trustForwardedHeaders && ForwardedAddressesAreLoopback(headers["X-Forwarded-For"].ToString()) && !headers.ContainsKey("Forwarded");
    }

    /// <summary>True for loopback addresses only; no address at all is not local.</summary>
    public static bool IsLocal(IPAddress? remote) =>
        remote is not null && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);

    public static bool IsLocal(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));

    private static bool ForwardedAddressesAreLoopback(string forwardedFor) =>
        forwardedFor.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .All(hop => IPAddress.TryParse(hop, out var address) && IsLocal(address));
}
