using System.Text.Json;
using DeployBot.Teams.Activities;
using DeployBot.Teams.Auth;
using DeployBot.Teams.Handling;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeployBot.Teams.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: authenticate (fail closed unless in emulator mode), parse, dispatch, answer.
/// A request without a valid token gets 401 and nothing else happens: not even its service URL is remembered.
/// </summary>
internal static class TeamsEndpoint
{
    public const string Route = "/api/messages";

    public static async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TeamsEndpoint));
        var authorization = context.Request.Headers.Authorization.ToString();
        if (options.IsEmulatorMode && !EmulatorGuard.IsLocalCaller(context, options.EmulatorTrustForwardedHeaders))
        {
            // Without an app id nothing is authenticated, so only this machine (Agents Playground, the Emulator) may talk.
            return Unauthorized(logger, "emulator mode (empty Teams:AppId) accepts only local callers");
        }

        if (!options.IsEmulatorMode && !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Unauthorized(logger, "no Authorization: Bearer header");
        }

        var activity = await ReadAsync(context.Request, cancellationToken);
        if (activity is null)
        {
            Log.BadRequest(logger, "the body is not a JSON activity with a type");
            return TypedResults.BadRequest(new { error = "The body must be a Bot Framework activity (JSON with a 'type')." });
        }

        if (!HasUsableServiceUrl(activity))
        {
            Log.BadRequest(logger, "the activity has no absolute http(s) serviceUrl without query or fragment");
            return TypedResults.BadRequest(new { error = "The activity's serviceUrl must be an absolute http(s) URL without query or fragment." });
        }

        if (options.IsEmulatorMode && !EmulatorGuard.IsLocal(activity.ServiceUrl))
        {
            return Unauthorized(logger, "emulator mode (empty Teams:AppId) replies only to a local serviceUrl");
        }

        if (!options.IsEmulatorMode)
        {
            var check = await services.GetRequiredService<BotTokenValidator>().ValidateAsync(authorization, activity.ServiceUrl, cancellationToken);
            if (!check.IsValid)
            {
                return Unauthorized(logger, check.Reason);
            }
        }

        var outcome = await services.GetRequiredService<ActivityDispatcher>().DispatchAsync(activity, cancellationToken);
        return outcome.Body is { } body
            ? TypedResults.Json(body, ActivityJson.Options, statusCode: outcome.StatusCode)
            : TypedResults.StatusCode(outcome.StatusCode);
    }

    private static bool HasUsableServiceUrl(Activity activity) => ServiceUrls.TryParse(activity.ServiceUrl, out _);

    private static IResult Unauthorized(ILogger logger, string reason)
    {
        Log.Unauthorized(logger, reason);
        return TypedResults.Unauthorized();
    }

    private static async Task<Activity?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > TeamsConstants.MaxActivityBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > TeamsConstants.MaxActivityBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(buffer.ToArray(), ActivityJson.Options);
            return activity is { Type.Length: > 0 } ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
