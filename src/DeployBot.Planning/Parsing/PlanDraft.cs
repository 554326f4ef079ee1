using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Planning.Parsing;

/// <summary>The six sections as read from a model's answer, before the context and metadata are attached.</summary>
internal sealed class PlanDraft
{
    public List<string> Summary { get; } = [];

    public List<string> PreDeploymentChecks { get; } = [];

    public List<PlanStep> Steps { get; } = [];

    public List<string> Verification { get; } = [];

    public List<string> Rollback { get; } = [];

    public List<string> NextActions { get; } = [];

    /// <summary>The model's release kind, as written (null when it gave none).</summary>
    public string? ReleaseKind { get; set; }

    /// <summary>The model's risk areas, as written (null when it gave none).</summary>
    public List<string>? Risks { get; set; }

    /// <summary>The model's own reading of the numbered release items, by 0-based position (empty when it gave none).</summary>
    public Dictionary<int, ItemReading> Readings { get; } = [];

    /// <summary>Headings of <see cref="PlanSections.InOrder"/> that came back empty.</summary>
    public IReadOnlyList<string> MissingSections() =>
        [.. new (string Name, int Count)[]
        {
            (PlanSections.Summary, Summary.Count),
            (PlanSections.PreDeploymentChecks, PreDeploymentChecks.Count),
            (PlanSections.Steps, Steps.Count),
            (PlanSections.Verification, Verification.Count),
            (PlanSections.Rollback, Rollback.Count),
            (PlanSections.NextActions, NextActions.Count),
        }.Where(section => section.Count == 0).Select(section => section.Name)];

    public bool IsEmpty => MissingSections().Count == PlanSections.InOrder.Count;

    /// <summary>The list a plain-text section's items go into.</summary>
    public List<string>? TextSection(PlanSection section) => section switch
    {
        PlanSection.Summary => Summary,
        PlanSection.PreDeploymentChecks => PreDeploymentChecks,
        PlanSection.Verification => Verification,
        PlanSection.Rollback => Rollback,
        PlanSection.NextActions => NextActions,
        _ => null,
    };
}
