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
/// (401 and nothing else otherwise), decode, hand to the handler, and always answer Slack with a 2xx or a clear 4xx.
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

    private static async Task<IResult> CommandsAsync(HttpContext http, SlackSignatureVerifier verifier, SlashCommandHandler handler)
    {
        var (body, failure) = await VerifiedBody.ReadAsync(http, verifier, allowSslCheck: true);
        if (failure is not null)
        {
            return Reject(http, failure);
        }

        if (SlashCommand.FromForm(SlackForm.Parse(body!)) is not { } command)
        {
            return ToResult(SlackAck.BadRequest("A slash command needs user_id and channel_id form fields."));
        }

        return await RunAsync(http, ct => handler.HandleAsync(command, ct), failed: SlackAck.Ephemeral("DeployBot could not take the request just now. Please try again in a minute."));
    }

    private static async Task<IResult> InteractivityAsync(HttpContext http, SlackSignatureVerifier verifier, InteractivityHandler handler)
    {
        var (body, failure) = await VerifiedBody.ReadAsync(http, verifier);
        if (failure is not null)
        {
            return Reject(http, failure);
        }

        var form = SlackForm.Parse(body!);
        if (InteractionPayload.Parse(form.GetValueOrDefault("payload")) is not { } payload)
        {
            return ToResult(SlackAck.BadRequest("Expected a form field 'payload' holding the interaction JSON with type and user.id."));
        }

        return await RunAsync(http, ct => handler.HandleAsync(payload, ct), failed: SlackAck.Empty);
    }

    private static async Task<IResult> EventsAsync(HttpContext http, SlackSignatureVerifier verifier, EventsHandler handler)
    {
        var (body, failure) = await VerifiedBody.ReadAsync(http, verifier);
        if (failure is not null)
        {
            return Reject(http, failure);
        }

        if (EventEnvelope.Parse(body!) is not { } envelope)
        {
            return ToResult(SlackAck.BadRequest("Expected an Events API JSON body with a type."));
        }

        return await RunAsync(http, ct => handler.HandleAsync(envelope, ct), failed: SlackAck.Empty);
    }

    private static async Task<IResult> RunAsync(HttpContext http, Func<CancellationToken, Task<SlackAck>> handle, SlackAck failed)
    {
        try
        {
            return ToResult(await handle(http.RequestAborted));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            SlackLog.HandlerFailed(Logger(http), exception);
            return ToResult(failed);
        }
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
