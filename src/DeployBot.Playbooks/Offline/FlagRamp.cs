namespace DeployBot.Playbooks.Offline;

/// <summary>One stage of a flag ramp: the share of traffic with the flag on, and how long to hold it there.</summary>
internal sealed record RampStage(int Percent, int HoldMinutes);

/// <summary>The flag ramp 1% → 10% → 50% → 100%, with hold times shortened (never below 5 minutes) to fit a window.</summary>
internal static class FlagRamp
{
    public const int MinimumHold = 5;

    private static readonly int[] Percents = [1, 10, 50, 100];
    private static readonly int[] ProductionHolds = [15, 15, 30, 15];
    private static readonly int[] OtherHolds = [10, 10, 10, 10];

    /// <summary>The stages, with holds scaled down when <paramref name="budgetMinutes"/> is shorter than the default total.</summary>
    public static IReadOnlyList<RampStage> Stages(bool production, int? budgetMinutes)
    {
        var holds = production ? ProductionHolds : OtherHolds;
        var total = holds.Sum();
        if (budgetMinutes is { } budget && budget < total)
        {
            var scale = Math.Max(budget, 0) / (double)total;
            holds = holds.Select(hold => Math.Max(MinimumHold, (int)Math.Floor(hold * scale / 5) * 5)).ToArray();
        }

        return Percents.Zip(holds, (percent, hold) => new RampStage(percent, hold)).ToArray();
    }

    public static string Describe(IReadOnlyList<RampStage> stages) =>
        string.Join(" → ", stages.Select(stage => $"{stage.Percent}%"));
}
