using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>
/// Guards every console endpoint. The console has no login, so by default it serves only this machine: the client
/// must be on loopback, the Host header must name loopback (no DNS rebinding) and a POST must come from the page's own
/// origin. With <c>Console:AllowRemote</c> any client may connect, but the Host header must still be an IP address or a
/// name in <c>Console:AllowedHosts</c>, a POST must carry the page's own Origin (or none) and the per-process CSRF token.
/// Every answer carries the content security policy and nosniff.
/// </summary>
internal sealed class ConsoleAccessFilter(IOptions<ConsoleOptions> options, ConsoleCsrfToken csrf, ILogger<ConsoleAccessFilter> logger) : IEndpointFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        AddSecurityHeaders(http.Response.Headers);
        LimitBody(http);
        if (Refusal(http) is { } reason)
        {
            ConsoleLog.RemoteClientRefused(logger, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", reason);
            return ConsoleJson.Problem(StatusCodes.Status403Forbidden, "The console serves this machine only", reason);
        }

        return await next(context);
    }

    /// <summary>Why this request may not use the console, or null when it may.</summary>
    internal string? Refusal(HttpContext http)
    {
        var settings = options.Value;
        if (!settings.AllowRemote && http.Connection.RemoteIpAddress is { } remote && !IsLoopback(remote))
        {
            return "Open the console on the machine that runs DeployBot, or set Console:AllowRemote=true.";
        }

        if (!IsAllowedHost(http.Request.Host.Host, settings))
        {
            return settings.AllowRemote
                ? "Open the console by IP address or by a name listed in Console:AllowedHosts."
                : "Open the console as http://localhost:<port>/ (or 127.0.0.1), or set Console:AllowRemote=true.";
        }

        if (HttpMethods.IsGet(http.Request.Method))
        {
            return null;
        }

        if (!IsSameOrigin(http))
        {
            return "Requests from other sites are not accepted.";
        }

        return settings.AllowRemote && !csrf.Matches(http.Request.Headers[ConsoleCsrfToken.HeaderName])
            ? "Reload the console page: this request did not carry its token."
            : null;
    }

    internal static void AddSecurityHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }

    private static void LimitBody(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ConsoleConstants.MaxBodyBytes;
        }
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    /// <summary>A loopback name always; with AllowRemote also IP literals (never rebound) and the configured names.</summary>
    private static bool IsAllowedHost(string host, ConsoleOptions settings) =>
        IsLoopbackHost(host)
        || (settings.AllowRemote
            && (IPAddress.TryParse(host.Trim('[', ']'), out _) || settings.AllowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase)));

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IsLoopback(address));

    private static bool IsSameOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
