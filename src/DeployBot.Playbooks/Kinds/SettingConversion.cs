using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Renamed settings whose meaning is inverted or whose type changes (<see cref="ConvertedSettings"/>): the step before the
/// new version starts carries the notes' warning and converts each value; the way back is the old setting with its old value.
/// </summary>
internal static class SettingConversion
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var settings = ConvertedSettings.Read(facts.Notes);
        if (settings.Count == 0)
        {
            yield break;
        }

        var inverted = settings.Any(setting => setting.Inverted)
            ? "; a value copied as it is does the opposite of what it did (a check that was on is turned off)"
            : "; a value copied as it is is not what the old one meant";
        yield return Manual(Phase.Prepare,
            $"Before the new version starts, convert (do not copy) the renamed settings whose meaning or type changes, in the config it reads: {string.Join("; ", settings.Select(setting => setting.Conversion))}{inverted}; a second person checks each converted value against the old one",
            facts.Paths.ConfigMap, 10);
    }

    public static string? Rollback(PlanFacts facts) => ConvertedSettings.Read(facts.Notes) is { Count: > 0 } settings
        ? $"Converted settings: the previous version reads {Wording.List([.. settings.Select(setting => $"`{setting.Old}`")])} again, with the old value{(settings.Count == 1 ? string.Empty : "s")} as {(settings.Count == 1 ? "it was" : "they were")} before the conversion (keep the previous config until verification passes), never the converted one{(settings.Count == 1 ? string.Empty : "s")}."
        : null;

    /// <summary>The settings whose before and after are no plain values to go back to.</summary>
    public static bool Converted(PlanFacts facts, string old) => ConvertedSettings.Read(facts.Notes).Any(setting => setting.Old == old);
}
