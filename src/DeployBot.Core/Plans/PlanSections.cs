namespace DeployBot.Core.Plans;

/// <summary>The section headings of <c>plan-format.md</c>, exactly as rendered, in order.</summary>
public static class PlanSections
{
    public const string Summary = "Deployment Summary";
    public const string PreDeploymentChecks = "Pre-Deployment Checks";
    public const string Steps = "Deployment Steps";
    public const string Verification = "Verification & Observability";
    public const string Rollback = "Rollback Readiness";
    public const string NextActions = "Next Actions";

    public static IReadOnlyList<string> InOrder { get; } =
        [Summary, PreDeploymentChecks, Steps, Verification, Rollback, NextActions];

    /// <summary>The one line above the context block of a plan written without the model.</summary>
    public const string OfflineNotice = "Written by DeployBot's offline planner (no language model was used).";
}
