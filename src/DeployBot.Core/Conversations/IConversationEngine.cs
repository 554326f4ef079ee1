namespace DeployBot.Core.Conversations;

/// <summary>
/// The platform-neutral conversation engine. Adapters (Slack, Teams, console) turn platform events into these
/// commands and render the <see cref="EngineReply"/> their own way; plans are posted later by the background
/// worker through <see cref="Platforms.IChatPlatform"/>. Registered by <c>AddDeployBotCore</c>.
/// </summary>
public interface IConversationEngine
{
    /// <summary><c>/deploy-plan &lt;arguments&gt;</c>: a form, an acceptance, or a refusal.</summary>
    Task<EngineReply> StartAsync(StartRequest request, CancellationToken cancellationToken);

    /// <summary>The parameter form came back: the form again with per-field errors, an acceptance, or a refusal.</summary>
    Task<EngineReply> SubmitFormAsync(SubmitForm submission, CancellationToken cancellationToken);

    /// <summary>A message in a thread: a question or a revision for the plan the thread belongs to; Ignored otherwise.</summary>
    Task<EngineReply> HandleThreadMessageAsync(ThreadMessage message, CancellationToken cancellationToken);

    /// <summary>A button on a posted plan (regenerate, acknowledge).</summary>
    Task<EngineReply> PressButtonAsync(ButtonPressed press, CancellationToken cancellationToken);

    /// <summary>Steps ticked off (or unticked) in a posted plan's checklist: stored, then the plan message is updated.</summary>
    Task<EngineReply> TickStepsAsync(StepsTicked ticked, CancellationToken cancellationToken);
}
