using DeployBot.Slack.Api;
using DeployBot.Slack.Inbound;
using DeployBot.Slack.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// <c>POST /slack/commands</c>, <c>/slack/interactivity</c>, <c>/slack/events</c>: verify the signature on the raw body
/// (401 and nothing else otherwise), decode, and hand to <see cref="SlackInbound"/> (the path Socket Mode shares);
/// always answer Slack with a 2xx or a clear 4xx.
/// </summary>
internal static class SlackEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/slack").DisableAntiforgery();
        group.MapPost("/commands", CommandsAsync);
        group.MapPost("/interactivity", InteractivityAsync);
        group.MapPost("/events", EventsAsync);
    }

    private static async Task<IResult> CommandsAsync(HttpContext http, SlackSignatureVerifier verifier, SlackInbound inbound)
    {
        var (body, failure) = await VerifiedBody.ReadAsync(http, verifier, allowSslCheck: true);
        return failure is not null
            ? Reject(http, failure)
            : ToResult(await inbound.CommandAsync(SlashCommand.FromForm(SlackForm.Parse(body!)), http.RequestAborted));
    }

    private static async Task<IResult> InteractivityAsync(HttpContext http, SlackSignatureVerifier verifier, SlackInbound inbound)
    {
        var (body, failure) = await VerifiedBody.ReadAsync(http, verifier);
        return failure is not null
            ? Reject(http, failure)
            : ToResult(await inbound.InteractionAsync(InteractionPayload.Parse(SlackForm.Parse(body!).GetValueOrDefault("payload")), http.RequestAborted));
    }

    private static async Task<IResult> EventsAsync(HttpContext http, SlackSignatureVerifier verifier, SlackInbound inbound)
    {
        var (body, failure) = await VerifiedBody.ReadAsync(http, verifier);
        return failure is not null
            ? Reject(http, failure)
            : ToResult(await inbound.EventAsync(EventEnvelope.Parse(body!), http.RequestAborted));
    }

    private static IResult ToResult(SlackAck ack) =>
        ack.Body is null
            ? TypedResults.StatusCode(ack.StatusCode)
            : TypedResults.Text(SlackJson.Serialize(ack.Body), "application/json; charset=utf-8", statusCode: ack.StatusCode);

    private static IResult Reject(HttpContext http, IResult failure)
    {
        if (failure is IStatusCodeHttpResult { StatusCode: StatusCodes.Status401Unauthorized })
        {
            SlackLog.RequestRejected(Logger(http), "missing, stale or wrong signature");
        }

        return failure;
    }

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DeployBot.Slack.Endpoints");
}
