using System.Globalization;

namespace DeployBot.Slack.Rendering;

/// <summary>
/// <c>checklist:&lt;plan&gt;:&lt;version&gt;:&lt;first step&gt;:&lt;shown&gt;</c>, shown being one <c>1</c>/<c>0</c> per step of
/// the element (ticked or not when it was rendered). Slack's <c>selected_options</c> is the whole set ticked now, so
/// the change is the difference between the two.
/// </summary>
internal sealed record ChecklistBlockId(string PlanId, int Version, int FirstStep, IReadOnlyList<bool> Shown)
{
    private const string Prefix = "checklist";

    public string Format() =>
        string.Join(':', Prefix, PlanId, Version.ToString(CultureInfo.InvariantCulture), FirstStep.ToString(CultureInfo.InvariantCulture), string.Concat(Shown.Select(done => done ? '1' : '0')));

    /// <summary>Null for a block id this renderer did not write (or one cut or altered on the way).</summary>
    public static ChecklistBlockId? TryParse(string? blockId)
    {
        var parts = blockId?.Split(':');
        if (parts is not [Prefix, { Length: > 0 } planId, var version, var first, { Length: > 0 and <= ChecklistBlocks.StepsPerElement } shown]
            || !int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var versionNumber)
            || !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var firstStep)
            || firstStep < 1 || shown.Any(c => c is not ('0' or '1')))
        {
            return null;
        }

        return new ChecklistBlockId(planId, versionNumber, firstStep, shown.Select(c => c == '1').ToArray());
    }

    /// <summary>The steps whose state differs between what was shown and <paramref name="selected"/> (option values).</summary>
    public IReadOnlyList<(int Step, bool Done)> ChangesTo(IReadOnlyCollection<string> selected)
    {
        var changes = new List<(int, bool)>();
        for (var i = 0; i < Shown.Count; i++)
        {
            var step = FirstStep + i;
            var done = selected.Contains(step.ToString(CultureInfo.InvariantCulture));
            if (done != Shown[i])
            {
                changes.Add((step, done));
            }
        }

        return changes;
    }
}
