using DeployBot.Core.Conversations;
using DeployBot.Core.Telemetry;

namespace DeployBot.Host.Operations.Telemetry;

/// <summary>Counts every request the engine answers, by platform, kind and outcome; and thread follow-ups.</summary>
internal sealed class TelemetryConversationEngine(IConversationEngine inner) : IConversationEngine
{
    public async Task<EngineReply> StartAsync(StartRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Count(await inner.StartAsync(request, cancellationToken), request.Requester.Platform, "command");
    }

    public async Task<EngineReply> SubmitFormAsync(SubmitForm submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return Count(await inner.SubmitFormAsync(submission, cancellationToken), submission.Requester.Platform, "form");
    }

    public async Task<EngineReply> HandleThreadMessageAsync(ThreadMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reply = Count(await inner.HandleThreadMessageAsync(message, cancellationToken), message.Thread.Platform, "thread");
        if (reply is Accepted)
        {
            DeployBotTelemetry.FollowUps.Add(1, Tags.Of(Tags.Platform, message.Thread.Platform));
        }

        return reply;
    }

    public async Task<EngineReply> PressButtonAsync(ButtonPressed press, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(press);
        return Count(await inner.PressButtonAsync(press, cancellationToken), press.Presser.Platform, "button");
    }

    public async Task<EngineReply> TickStepsAsync(StepsTicked ticked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticked);
        return Count(await inner.TickStepsAsync(ticked, cancellationToken), ticked.Presser.Platform, "checklist");
    }

    /// <summary><c>accepted</c>, <c>form</c> (asked for parameters), <c>refused</c> or <c>ignored</c>.</summary>
    internal static string Outcome(EngineReply reply) => reply switch
    {
        Accepted => "accepted",
        AskForParameters => "form",
        Refused => "refused",
        _ => "ignored",
    };

    private static EngineReply Count(EngineReply reply, string platform, string kind)
    {
        DeployBotTelemetry.Requests.Add(1, Tags.Of(Tags.Platform, platform), Tags.Of(Tags.Kind, kind), Tags.Of(Tags.Outcome, Outcome(reply)));
        return reply;
    }
}
