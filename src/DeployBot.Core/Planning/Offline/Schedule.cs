using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>A step with the minutes it is planned to take.</summary>
internal sealed record TimedStep(PlanStep Step, int Minutes);

/// <summary>The ordered steps with their time, and the flag ramp they use.</summary>
internal sealed record Schedule(IReadOnlyList<TimedStep> Steps, IReadOnlyList<RampStage> Ramp)
{
    /// <summary>Minutes kept free at the end of a window to roll back.</summary>
    public const int RollbackReserve = 15;

    public int TotalMinutes => Steps.Sum(step => step.Minutes);

    public bool FitsIn(int windowMinutes) => TotalMinutes <= windowMinutes;
}
