namespace DeployBot.WebConsole.Rendering;

/// <summary>
/// A plan as the console page draws it: already split into the context block and the six sections of
/// <c>plan-format.md</c>, so the page only lays text out (always as text, never as HTML). <c>Checklist</c> is the
/// progress line ("3/11 steps done.") of the posted plan, whose steps have checkboxes; null for a revision in a thread.
/// </summary>
internal sealed record ConsolePlanView(
    string PlanId,
    int Version,
    string Environment,
    string? RequestedBy,
    OnCallView? OnCall,
    string? OfflineNotice,
    string? FallbackReason,
    IReadOnlyList<ContextItemView> Context,
    IReadOnlyList<SectionView> Sections,
    string ReleaseKind,
    IReadOnlyList<string> Risks,
    AcknowledgementView? Acknowledgement,
    bool ShowButtons,
    string? Checklist = null)
{
    /// <summary>The Rollback plan button is highlighted: the environment or the release is high risk.</summary>
    public bool HighlightRollback { get; init; }
}

/// <summary>Who is on call: <paramref name="Mention"/> is the highlighted chip ("@Production On-Call"), null when nobody
/// could be found; <paramref name="Note"/> says why, or who takes over inside the window.</summary>
internal sealed record OnCallView(string? Mention, string? Note);

/// <summary>One line of the context block ("WINDOW", "none"); <paramref name="Url"/> makes the value a link (an http(s) address only).</summary>
internal sealed record ContextItemView(string Label, string Value, string? Url = null);

/// <summary>A section: bullets, or numbered steps for Deployment Steps.</summary>
internal sealed record SectionView(string Heading, IReadOnlyList<string> Bullets, IReadOnlyList<StepView> Steps);

/// <summary>One numbered step with its manual/automated mark; <paramref name="Done"/> says who ticked it off, when it is.</summary>
internal sealed record StepView(int Number, string Action, string? Reference, string Mode, string? FlagAction, StepDoneView? Done = null);

/// <summary>Who ticked a step off in the plan's checklist, and when.</summary>
internal sealed record StepDoneView(string By, DateTimeOffset At);

internal sealed record AcknowledgementView(string By, DateTimeOffset At);
