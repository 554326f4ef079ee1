using DeployBot.Core.Plans;

namespace DeployBot.Planning.Assistant;

/// <summary>Which section of a plan a question is most likely about, by the words it uses.</summary>
internal static class PlanSectionHint
{
    private static readonly (string Section, string[] Words)[] Hints =
    [
        (PlanSections.Rollback, ["rollback", "roll back", "revert", "undo", "downgrade", "abort"]),
        (PlanSections.Verification, ["verify", "verification", "monitor", "metric", "dashboard", "alert", "smoke", "health", "latency", "error rate", "observab"]),
        (PlanSections.PreDeploymentChecks, ["before", "check", "approval", "approve", "backup", "snapshot", "prerequisite", "secret", "on-call", "oncall"]),
        (PlanSections.NextActions, ["next", "after", "follow", "cleanup", "clean up", "who ", "owner", "docs"]),
        (PlanSections.Steps, ["step", "deploy", "ramp", "flag", "enable", "migrat", "script", "order", "how do", "how to"]),
        (PlanSections.Summary, ["summary", "risk", "what is", "what's", "overview", "hotfix"]),
    ];

    /// <summary>The section name, or null when no word points anywhere.</summary>
    public static string? For(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var lower = question.ToLowerInvariant();
        return Hints.FirstOrDefault(hint => hint.Words.Any(word => lower.Contains(word, StringComparison.Ordinal))).Section;
    }

    /// <summary>The plain-text lines of a section (steps numbered), for quoting.</summary>
    public static IReadOnlyList<string> Lines(DeploymentPlan plan, string section)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return section switch
        {
            PlanSections.Summary => plan.Summary,
            PlanSections.PreDeploymentChecks => plan.PreDeploymentChecks,
            PlanSections.Steps => [.. plan.Steps.Select((step, index) => $"{index + 1}. {StepLine(step)}")],
            PlanSections.Verification => plan.Verification,
            PlanSections.Rollback => plan.Rollback,
            _ => plan.NextActions,
        };
    }

    private static string StepLine(PlanStep step) =>
        step.Action
        + (step.Reference is null ? string.Empty : $" (`{step.Reference}`)")
        + (step.Mode == StepMode.Manual ? " [manual]" : " [automated]")
        + (step.FlagAction is null ? string.Empty : $" Flag: {step.FlagAction}");
}
