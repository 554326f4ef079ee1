namespace DeployBot.Playbooks.Offline;

/// <summary>One stage of a flag ramp: the share of traffic with the flag on, and how long to hold it there.</summary>
/// <param name="Segment">A named cohort enabled before any share of traffic (<c>acme-staff</c>); its percent is 0.</param>
internal sealed record RampStage(int Percent, int HoldMinutes, string? Segment = null);

/// <summary>The flag ramp 1% → 10% → 50% → 100%, with hold times shortened (never below 5 minutes) to fit a window.</summary>
internal static class FlagRamp
{
    public const int MinimumHold = 5;

    private static readonly int[] Percents = [1, 10, 50, 100];
    private static readonly int[] ProductionHolds = [15, 15, 30, 15];
    private static readonly int[] OtherHolds = [10, 10, 10, 10];

    /// <summary>
    /// The ramp the notes state (their segment first, their percentages, their hold at each stage), or the default ramp
    /// with holds scaled down when <paramref name="budgetMinutes"/> is shorter than the default total. A stated hold is
    /// never shortened: if it does not fit, the window is too short, and the plan says so.
    /// </summary>
    public static IReadOnlyList<RampStage> Stages(bool production, int? budgetMinutes, Changes.StatedRamp? stated = null)
    {
        if (stated is not null)
        {
            var hold = stated.HoldMinutes ?? (production ? 15 : 10);
            var segment = stated.Segment is { } name ? [new RampStage(0, hold, name)] : Array.Empty<RampStage>();
            var percents = stated.Percents.Count > 0 ? stated.Percents : Percents;
            // A ramp the notes spread over days ("10% -> 50% -> 100% over 2 days") reaches only its first stage tonight.
            var stages = stated.Over is null ? percents : percents.Take(segment.Length > 0 ? 0 : 1);
            return [.. segment, .. stages.Select(percent => new RampStage(percent, hold))];
        }

        return Default(production, budgetMinutes);
    }

    private static IReadOnlyList<RampStage> Default(bool production, int? budgetMinutes)
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

    /// <summary>The stages a ramp spread over days leaves for later windows ("50% → 100%"), or null when it all fits tonight.</summary>
    public static string? Later(Changes.StatedRamp? stated)
    {
        if (stated?.Over is null)
        {
            return null;
        }

        var percents = stated.Percents.Count > 0 ? stated.Percents : Percents;
        var later = percents.Skip(stated.Segment is null ? 1 : 0).ToArray();
        return later.Length == 0 ? null : string.Join(" → ", later.Select(percent => $"{percent}%"));
    }

    public static string Describe(IReadOnlyList<RampStage> stages) =>
        string.Join(" → ", stages.Select(stage => stage.Segment ?? $"{stage.Percent}%"));
}
