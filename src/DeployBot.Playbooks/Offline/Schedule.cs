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
    /// <summary>
    /// The procedure this step belongs to when that procedure may run in a window of its own ("the ZooKeeper → KRaft
    /// migration"): the summary says how long tonight takes without it. Null for a step of tonight's change.
    /// </summary>
    public string? OwnWindow { get; init; }

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

    /// <summary>The steps fit, but leave less than <see cref="RollbackReserve"/> minutes to roll back inside the window.</summary>
    public bool Tight(int windowMinutes) => FitsIn(windowMinutes) && windowMinutes - TotalMinutes < RollbackReserve;

    /// <summary>A procedure that may have its own window (<see cref="TimedStep.OwnWindow"/>): its name, its step numbers and minutes.</summary>
    public (string Name, int First, int Last, int Minutes)? Separable()
    {
        var numbered = Steps.Select((step, index) => (step, number: index + 1)).Where(pair => pair.step.OwnWindow is not null).ToArray();
        return numbered.Length == 0
            ? null
            : (numbered[0].step.OwnWindow!, numbered[0].number, numbered[^1].number, numbered.Sum(pair => pair.step.Minutes));
    }

    /// <summary>The steps as the plan shows them: each with its minutes, "(~10 min)".</summary>
    public IReadOnlyList<PlanStep> PlanSteps() =>
        [.. Steps.Select(step => step.Step with { Action = $"{step.Step.Action} (~{step.Minutes} min)" })];
}
