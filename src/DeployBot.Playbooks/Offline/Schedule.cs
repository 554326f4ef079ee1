using DeployBot.Core.Plans;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// Where a step belongs in the order of a safe deployment: announce, prepare, snapshot before anything irreversible,
/// create and expand before anything points at it, upgrade, roll out, switch, run what follows the rollout, contract
/// last, then ramp the flag, watch and close. Steps keep the order they were added in within a phase.
/// </summary>
internal enum Phase
{
    Announce,
    Prepare,
    Snapshot,
    Expand,
    Upgrade,
    Rollout,
    Switch,
    AfterRollout,
    Contract,
    Ramp,
    Watch,
    Close,
}

/// <summary>A step with the minutes it is planned to take and its phase.</summary>
internal sealed record TimedStep(PlanStep Step, int Minutes, Phase Phase)
{
    public static TimedStep Automated(Phase phase, string action, string? reference, int minutes, string? flagAction = null) =>
        new(new PlanStep(action, reference, StepMode.Automated, flagAction), minutes, phase);

    public static TimedStep Manual(Phase phase, string action, string? reference, int minutes, string? flagAction = null) =>
        new(new PlanStep(action, reference, StepMode.Manual, flagAction), minutes, phase);
}

/// <summary>The ordered steps with their time, and the flag ramp they use.</summary>
internal sealed record Schedule(IReadOnlyList<TimedStep> Steps, IReadOnlyList<RampStage> Ramp)
{
    /// <summary>Minutes kept free at the end of a window to roll back.</summary>
    public const int RollbackReserve = 15;

    public int TotalMinutes => Steps.Sum(step => step.Minutes);

    public bool FitsIn(int windowMinutes) => TotalMinutes <= windowMinutes;

    /// <summary>The steps as the plan shows them: each with its minutes, "(~10 min)".</summary>
    public IReadOnlyList<PlanStep> PlanSteps() =>
        [.. Steps.Select(step => step.Step with { Action = $"{step.Step.Action} (~{step.Minutes} min)" })];
}
