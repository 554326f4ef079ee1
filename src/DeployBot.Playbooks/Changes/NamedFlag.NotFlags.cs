using System.Text.RegularExpressions;

namespace DeployBot.Playbooks.Changes;

/// <summary>Names written like a flag that are no feature flag to ramp.</summary>
internal sealed partial record NamedFlag
{
    /// <summary>
    /// A Helm value ("`.Values.persistence.enabled` flag", "Values.useLegacy"): the chart reads it when it is applied, for
    /// every pod at once, so no share of traffic can have it. Or a setting the notes require or the data is lost
    /// (<see cref="RequiredSetting"/>): it is set before the upgrade, never ramped, and never switched off as a rollback.
    /// </summary>
    private static bool NotAFlag(string notes, Match found)
    {
        var name = found.Groups["name"];
        return name.Value.StartsWith("Values.", StringComparison.OrdinalIgnoreCase)
            || (name.Index > 0 && notes[name.Index - 1] == '.')
            || RequiredSetting.Names(notes, name.Value);
    }
}
