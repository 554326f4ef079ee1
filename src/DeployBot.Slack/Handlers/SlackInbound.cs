using DeployBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// What Slack sends, decoded, handed to its handler: the one path shared by the HTTP endpoints (after the signature
/// check) and Socket Mode envelopes, so both transports behave the same. Always an answer: a payload Slack accepts, a
/// clear 400 for what cannot be decoded, or a polite refusal when a handler fails.
/// </summary>
internal sealed class SlackInbound(
    SlashCommandHandler commands, InteractivityHandler interactivity, EventsHandler events, ILogger<SlackInbound> logger)
{
    public const string CommandUnreadable = "A slash command needs user_id and channel_id fields.";
    public const string InteractionUnreadable = "Expected a form field 'payload' holding the interaction JSON with type and user.id.";
    public const string EventUnreadable = "Expected an Events API JSON body with a type.";

    private static readonly SlackAck CommandFailed = SlackAck.Ephemeral("DeployBot could not take the request just now. Please try again in a minute.");

    public Task<SlackAck> CommandAsync(SlashCommand? command, CancellationToken cancellationToken) =>
        command is null
            ? Task.FromResult(SlackAck.BadRequest(CommandUnreadable))
            : RunAsync(ct => commands.HandleAsync(command, ct), CommandFailed, cancellationToken);

    public Task<SlackAck> InteractionAsync(InteractionPayload? payload, CancellationToken cancellationToken) =>
        payload is null
            ? Task.FromResult(SlackAck.BadRequest(InteractionUnreadable))
            : RunAsync(ct => interactivity.HandleAsync(payload, ct), SlackAck.Empty, cancellationToken);

    public Task<SlackAck> EventAsync(EventEnvelope? envelope, CancellationToken cancellationToken) =>
        envelope is null
            ? Task.FromResult(SlackAck.BadRequest(EventUnreadable))
            : RunAsync(ct => events.HandleAsync(envelope, ct), SlackAck.Empty, cancellationToken);

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
