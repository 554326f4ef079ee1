using System.Text.Json.Serialization;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// The immediate answer to one Slack request, independent of the transport (HTTP today; Socket Mode envelopes can
/// carry the same payload): an empty acknowledgement or a JSON body.
/// </summary>
internal sealed record SlackAck(int StatusCode, object? Body)
{
    public static SlackAck Empty { get; } = new(200, null);

    public static SlackAck Json(object body) => new(200, body);

    /// <summary>An ephemeral reply to a slash command: only the person who typed it sees it.</summary>
    public static SlackAck Ephemeral(string text) => Json(new EphemeralReply(text));

    public static SlackAck BadRequest(string message) => new(400, new ErrorReply(message));

    public static SlackAck ViewErrors(IReadOnlyDictionary<string, string> errors) => Json(new ViewErrorsReply(errors));

    public static SlackAck UpdateView(ModalView view) => Json(new ViewUpdateReply(view));
}

internal sealed record EphemeralReply(string Text)
{
    public string ResponseType => "ephemeral";
}

internal sealed record ErrorReply(string Error);

internal sealed record ViewErrorsReply(IReadOnlyDictionary<string, string> Errors)
{
    public string ResponseAction => "errors";
}

internal sealed record ViewUpdateReply(ModalView View)
{
    public string ResponseAction => "update";
}

internal sealed record ChallengeReply([property: JsonPropertyName("challenge")] string Challenge);
