namespace DeployBot.Core.Plans.Rollbacks;

/// <summary>The headings of the detailed rollback plan (plan-format.md), exactly as rendered, in order.</summary>
public static class RollbackSections
{
    public const string Summary = "Rollback Summary";
    public const string Triggers = "Rollback Triggers";
    public const string Steps = "Rollback Steps";
    public const string DataRecovery = "Data & Schema Recovery";
    public const string Verification = "Verification After Rollback";
    public const string Communication = "Communication";

    public static IReadOnlyList<string> InOrder { get; } = [Summary, Triggers, Steps, DataRecovery, Verification, Communication];

    /// <summary>Each section's entries by heading, steps flattened to action, reference and check.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<string> Entries)> Entries(RollbackPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            (Summary, plan.Summary),
            (Triggers, plan.Triggers),
            (Steps, StepTexts(plan.Steps)),
            (DataRecovery, plan.DataRecovery),
            (Verification, plan.Verification),
            (Communication, plan.Communication),
        ];
    }

    public static IReadOnlyList<string> StepTexts(IEnumerable<RollbackStep> steps) =>
        [.. steps.SelectMany(step => new[] { step.Action, step.Reference, step.Check }).OfType<string>()];
}
