using DeployBot.Slack.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// What Slack sends, decoded, handed to its handler: the one path shared by the HTTP endpoints (after the signature
/// check) and Socket Mode envelopes, so both transports behave the same. Always an answer: a payload Slack accepts, a
/// clear 400 for what cannot be decoded, or a polite refusal when a handler fails. Only the handler a payload needs is
/// resolved (from the request's scope): each one brings the engine and a Slack API client, and a burst of slash
/// commands should not build the other two for every command.
/// </summary>
internal sealed class SlackInbound(IServiceProvider services, ILogger<SlackInbound> logger)
{
    public const string CommandUnreadable = "A slash command needs user_id and channel_id fields.";
    public const string InteractionUnreadable = "Expected a form field 'payload' holding the interaction JSON with type and user.id.";
    public const string EventUnreadable = "Expected an Events API JSON body with a type.";

    private static readonly SlackAck CommandFailed = SlackAck.Ephemeral("DeployBot could not take the request just now. Please try again in a minute.");

    public Task<SlackAck> CommandAsync(SlashCommand? command, CancellationToken cancellationToken) =>
        command is null
            ? Task.FromResult(SlackAck.BadRequest(CommandUnreadable))
            : RunAsync(ct => Handler<SlashCommandHandler>().HandleAsync(command, ct), CommandFailed, cancellationToken);

    public Task<SlackAck> InteractionAsync(InteractionPayload? payload, CancellationToken cancellationToken) =>
        payload is null
            ? Task.FromResult(SlackAck.BadRequest(InteractionUnreadable))
            : RunAsync(ct => Handler<InteractivityHandler>().HandleAsync(payload, ct), SlackAck.Empty, cancellationToken);

    public Task<SlackAck> EventAsync(EventEnvelope? envelope, CancellationToken cancellationToken) =>
        envelope is null
            ? Task.FromResult(SlackAck.BadRequest(EventUnreadable))
            : RunAsync(ct => Handler<EventsHandler>().HandleAsync(envelope, ct), SlackAck.Empty, cancellationToken);

    private T Handler<T>()
        where T : notnull => services.GetRequiredService<T>();

    private async Task<SlackAck> RunAsync(Func<CancellationToken, Task<SlackAck>> handle, SlackAck failed, CancellationToken cancellationToken)
    {
        try
        {
            return await handle(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SlackLog.HandlerFailed(logger, exception);
            return failed;
        }
    }
}
