namespace DeployBot.Core.Plans;

/// <summary>
/// The detailed rollback plan of plan-format.md: a short context block, then Rollback Summary, Rollback Triggers,
/// Rollback Steps (numbered), Data &amp; Schema Recovery, Verification After Rollback and Communication, in that order.
/// </summary>
public sealed record RollbackPlan(
    RollbackContext Context,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<RollbackStep> Steps,
    IReadOnlyList<string> DataRecovery,
    IReadOnlyList<string> Verification,
    IReadOnlyList<string> Communication,
    PlannerInfo Planner);

/// <summary>The rollback plan's context: which plan and version it belongs to (when stored), NOTES, ENVIRONMENT, FLAG.</summary>
public sealed record RollbackContext(string? PlanId, int? Version, string Notes, string Environment, string? Flag);

/// <summary>One rollback step: the action, its script or config, manual or automated, and the check that it worked.</summary>
public sealed record RollbackStep(string Action, string? Reference, StepMode Mode, string Check);
