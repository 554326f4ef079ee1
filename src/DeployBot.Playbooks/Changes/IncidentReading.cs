using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The plan's reading of the release's urgency, on top of Core's <see cref="IncidentSignals"/> (the same reading as the
/// release kind): an incident, or a release of fixes only that the notes call urgent. A release of fixes that no
/// incident waits on is a patch release with the usual window, baseline and rollback target.
/// </summary>
internal static class IncidentReading
{
    /// <param name="notes">The release's own words.</param>
    /// <param name="analysis">The release analysis of <paramref name="notes"/>: whether it is a release of fixes only.</param>
    public static bool IsIncident(string notes, ReleaseAnalysis analysis) =>
        IncidentSignals.IsIncident(notes) || (IncidentSignals.Urgent(notes) && FixesOnly(analysis));

    /// <summary>A patch release: fixes only (the analysis reads a ticket named among features as no hotfix).</summary>
    public static bool FixesOnly(ReleaseAnalysis analysis) => analysis.Kind == ReleaseKind.Hotfix;

    /// <summary>The incident ticket the notes name ("INC-4398"), upper case, or null.</summary>
    public static string? TicketIn(string notes) => IncidentSignals.TicketIn(notes);
}
