using System.Globalization;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Platforms;

/// <summary>
/// The checklist of one plan version's Deployment Steps, as renderers show it: which steps are done, by whom and when,
/// and the progress ("3/11 steps done"). Each version starts its own checklist.
/// </summary>
public sealed record PlanChecklist(int Version, int StepCount, IReadOnlyList<StepTick> Ticks)
{
    public static PlanChecklist Empty(int version, int stepCount) => new(version, stepCount, []);

    /// <summary>The delivery's checklist, or an empty one for its version (a plan just written has no ticks).</summary>
    public static PlanChecklist Of(PlanDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return delivery.Checklist ?? Empty(delivery.Version, delivery.Plan?.Steps.Count ?? 0);
    }

    /// <summary>Who ticked step <paramref name="step"/> off, or null while it is not done.</summary>
    public StepTick? Done(int step) => Ticks.FirstOrDefault(tick => tick.Step == step && tick.Done);

    public int DoneCount => Ticks.Count(tick => tick.Done && tick.Step >= 1 && tick.Step <= StepCount);

    /// <summary>"3/11 steps done".</summary>
    public string Progress => $"{DoneCount}/{StepCount} steps done";

    /// <summary>For a version after the first: that its checklist starts afresh; null for version 1.</summary>
    public string? FreshStart => Version > 1 ? $"Version {Version} starts its own checklist." : null;

    /// <summary>"3/11 steps done" plus, for a later version, that it starts its own checklist.</summary>
    public string Summary => FreshStart is { } note ? $"{Progress}. {note}" : $"{Progress}.";

    /// <summary>"done by alice at 10:42 UTC" (the name, or the id when there is none).</summary>
    public static string DoneLine(StepTick tick)
    {
        ArgumentNullException.ThrowIfNull(tick);
        return $"done by {tick.UserName ?? tick.UserId} at {Clock(tick.At)} UTC";
    }

    public static string Clock(DateTimeOffset at) => at.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture);
}
