using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rendering;
using DeployBot.Core.Platforms;

namespace DeployBot.WebConsole.Rendering;

/// <summary>Turns the one plan record into the console's view of it (DESIGN.md: one plan model, several renderers).</summary>
internal static class ConsolePlanRenderer
{
    private const string None = "none";

    /// <summary>The plan as posted in the release channel, with the on-call mention and the buttons.</summary>
    public static ConsolePlanView Render(PlanDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var plan = delivery.Plan ?? throw new ArgumentException("A plan delivery without a plan is a drafting placeholder.", nameof(delivery));
        var checklist = PlanChecklist.Of(delivery);
        var view = Render(plan, delivery.PlanId, delivery.Version);
        return view with
        {
            Sections = view.Sections.Select(section => section.Steps.Count == 0 ? section : section with { Steps = Ticked(section.Steps, checklist) }).ToArray(),
            Checklist = checklist.Summary,
            Environment = delivery.Environment,
            RequestedBy = delivery.Requester.UserName ?? delivery.Requester.UserId,
            OnCall = RenderOnCall(delivery.OnCall),
            Acknowledgement = delivery.Acknowledgement is { } ack ? new AcknowledgementView(ack.UserName ?? ack.UserId, ack.At) : null,
            ShowButtons = true,
            HighlightRollback = delivery.HighlightsRollback,
        };
    }

    /// <summary>A plan version on its own (a revision posted in a thread): no mention, no buttons.</summary>
    public static ConsolePlanView Render(DeploymentPlan plan, string planId, int version)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ConsolePlanView(
            planId,
            version,
            plan.Context.Environment,
            RequestedBy: null,
            OnCall: null,
            plan.Planner.IsOffline ? PlanSections.OfflineNotice : null,
            plan.Planner.FallbackReason,
            RenderContext(plan.Context, plan.Source),
            RenderSections(plan),
            plan.ReleaseKind.ToString().ToLowerInvariant(),
            plan.Risks.Select(risk => risk.ToString().ToLowerInvariant()).ToArray(),
            Acknowledgement: null,
            ShowButtons: false);
    }

    /// <summary>"@Production On-Call" when someone can be named; otherwise no chip, and the note says why.</summary>
    public static OnCallView RenderOnCall(OnCallTarget onCall)
    {
        ArgumentNullException.ThrowIfNull(onCall);
        var name = string.IsNullOrWhiteSpace(onCall.DisplayName) ? onCall.MentionId : onCall.DisplayName;
        var mention = string.IsNullOrWhiteSpace(name) ? null : "@" + name.Trim().TrimStart('@');
        var handover = string.IsNullOrWhiteSpace(onCall.AfterHandover) ? null : $"After the handover: {onCall.AfterHandover}.";
        var note = string.Join(" ", new[] { onCall.Note, handover }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return new OnCallView(mention, note.Length == 0 ? null : note);
    }

    private static ContextItemView[] RenderContext(PlanContext context, ReleaseSource? source)
    {
        var items = new List<ContextItemView> { new("NOTES", context.Notes) };
        if (source is not null)
        {
            items.Add(new("SOURCE", ReleaseSourceText.Title(source), ReleaseSourceText.Address(source)?.AbsoluteUri));
            if (ReleaseSourceText.Ci(source) is { } ci)
            {
                items.Add(new("CI", ci));
            }
        }

        items.Add(new("ENVIRONMENT", context.Environment));
        items.Add(new("WINDOW", string.IsNullOrWhiteSpace(context.Window) ? None : context.Window));
        items.Add(new("FLAG", string.IsNullOrWhiteSpace(context.Flag) ? None : context.Flag));
        return [.. items];
    }

    private static SectionView[] RenderSections(DeploymentPlan plan) =>
    [
        Bullets(PlanSections.Summary, plan.Summary),
        Bullets(PlanSections.PreDeploymentChecks, plan.PreDeploymentChecks),
        new(PlanSections.Steps, [], plan.Steps.Select(RenderStep).ToArray()),
        Bullets(PlanSections.Verification, plan.Verification),
        Bullets(PlanSections.Rollback, plan.Rollback),
        Bullets(PlanSections.NextActions, plan.NextActions),
    ];

    private static StepView[] Ticked(IReadOnlyList<StepView> steps, PlanChecklist checklist) =>
        steps.Select(step => checklist.Done(step.Number) is { } tick ? step with { Done = new StepDoneView(tick.UserName ?? tick.UserId, tick.At) } : step).ToArray();

    private static SectionView Bullets(string heading, IReadOnlyList<string> items) => new(heading, items, []);

    private static StepView RenderStep(PlanStep step, int index) =>
        new(index + 1, step.Action, step.Reference, step.Mode == StepMode.Manual ? "manual" : "automated", step.FlagAction);
}
