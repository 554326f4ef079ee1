using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Conversations;

/// <summary>What the person who ticked is told.</summary>
internal static class ChecklistText
{
    /// <summary>"Step 3 ticked off; 4/11 steps done." (or "Steps 3 and 4 …", "Step 2 unticked …").</summary>
    public static string Changed(IReadOnlyList<StepTick> written, PlanChecklist checklist)
    {
        var parts = new List<string>();
        AddPart(parts, written.Where(tick => tick.Done).Select(tick => tick.Step).ToArray(), "ticked off");
        AddPart(parts, written.Where(tick => !tick.Done).Select(tick => tick.Step).ToArray(), "unticked");
        return $"{Capitalise(string.Join("; ", parts))}; {checklist.Progress}.";
    }

    /// <summary>Nothing was written: each step already was as asked, and who made it so.</summary>
    public static string AlreadySo(IReadOnlyList<StepChange> changes, IReadOnlyList<StepTick?> standing)
    {
        var lines = changes.Select((change, index) => index < standing.Count && standing[index] is { } tick
            ? $"step {change.Step} was already {(tick.Done ? "ticked off" : "unticked")} by {tick.UserName ?? tick.UserId} at {PlanChecklist.Clock(tick.At)} UTC"
            : $"step {change.Step} was not ticked off");
        return Capitalise(string.Join("; ", lines)) + ".";
    }

    /// <summary>"3+" for a tick, "3-" for an untick: part of the refresh job's dedupe key.</summary>
    public static string Key(StepTick tick) => $"{tick.Step}{(tick.Done ? '+' : '-')}";

    private static void AddPart(List<string> parts, int[] steps, string verb)
    {
        if (steps.Length > 0)
        {
            var numbers = steps.Length == 1 ? $"step {steps[0]}" : $"steps {string.Join(", ", steps[..^1])} and {steps[^1]}";
            parts.Add($"{numbers} {verb}");
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
