using System.Net;

namespace DeployBot.Teams.Endpoints;

/// <summary>
/// Emulator mode checks no tokens, so it is only for this machine: callers and the service URL replies go to must be
/// loopback. A deployed bot with an empty <c>Teams:AppId</c> therefore answers 401 instead of serving the world.
/// </summary>
internal static class EmulatorGuard
{
    /// <summary>True for loopback addresses, and for in-process test servers that have no remote address at all.</summary>
    public static bool IsLocal(IPAddress? remote) => remote is null || IPAddress.IsLoopback(remote);

    public static bool IsLocal(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));
}
