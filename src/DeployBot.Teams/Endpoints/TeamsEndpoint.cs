using DeployBot.Http;
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
/// <c>POST /api/messages</c>: authenticate from the headers (fail closed unless in emulator mode), only then read the
/// body with a hard cap, parse, check the activity against the token, dispatch, answer. A request without a valid token
/// gets 401 and nothing else happens: its body is not read and not even its service URL is remembered.
/// </summary>
internal static class TeamsEndpoint
{
    public const string Route = "/api/messages";

    public static async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TeamsEndpoint));
        var token = await AuthenticateAsync(context, options, cancellationToken);
        if (!token.IsValid)
        {
            return Unauthorized(logger, token.Reason);
        }

        var body = await BoundedBody.ReadAsync(context, TeamsConstants.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            Log.BadRequest(logger, "the body is larger than the activity limit");
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (Parse(body) is not { } activity)
        {
            Log.BadRequest(logger, "the body is not a JSON activity with a type");
            return TypedResults.BadRequest(new { error = "The body must be a Bot Framework activity (JSON with a 'type')." });
        }

        if (!ServiceUrls.TryParse(activity.ServiceUrl, out _))
        {
            Log.BadRequest(logger, "the activity has no absolute http(s) serviceUrl without query or fragment");
            return TypedResults.BadRequest(new { error = "The activity's serviceUrl must be an absolute http(s) URL without query or fragment." });
        }

        var check = ActivityChecks.Check(activity, token, options);
        if (!check.IsValid)
        {
            return Unauthorized(logger, check.Reason);
        }

        var outcome = await services.GetRequiredService<ActivityDispatcher>().DispatchAsync(activity, cancellationToken);
        return outcome.Body is { } reply
            ? TypedResults.Json(reply, ActivityJson.Options, statusCode: outcome.StatusCode)
            : TypedResults.StatusCode(outcome.StatusCode);
    }

    /// <summary>What the headers and the connection prove, before any of the body is read.</summary>
    private static async Task<TokenCheck> AuthenticateAsync(HttpContext context, TeamsOptions options, CancellationToken cancellationToken)
    {
        if (options.IsEmulatorMode)
        {
            // Without an app id nothing is authenticated, so only this machine (Agents Playground, the Emulator) may talk.
            return EmulatorGuard.IsLocalCaller(context, options.EmulatorTrustForwardedHeaders)
                ? TokenCheck.Valid
                : TokenCheck.Invalid("emulator mode accepts only local callers that did not come through a proxy");
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        return await context.RequestServices.GetRequiredService<BotTokenValidator>().ValidateAsync(authorization, cancellationToken);
    }

    private static IResult Unauthorized(ILogger logger, string reason)
    {
        Log.Unauthorized(logger, reason);
        return TypedResults.Unauthorized();
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
            return activity is { Type.Length: > 0 } ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
