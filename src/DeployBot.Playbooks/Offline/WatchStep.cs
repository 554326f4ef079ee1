using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The watch before calling a deployment done, as long as what can still go wrong needs. A data change, an engine, the
/// infrastructure, sign-in or payments in production show their trouble late (a nightly job, a slow query, tokens
/// expiring): 30 minutes. Settings or secrets alone, a release the notes give no risk for and a bug-fix patch show it as
/// soon as the pods turn over: 15, the production pass criteria's own length (not for several services rolled out in order). An incident's fix watches the incident's
/// own symptom, for 15 minutes, since the incident is what is being watched. Anything else: 20.
/// </summary>
internal static class WatchStep
{
    public static TimedStep For(PlanFacts facts)
    {
        var minutes = Minutes(facts);
        if (ToolVehicles.Watch(facts) is { } own)
        {
            return Manual(Phase.Watch, $"{own}; keep watching for {minutes} minutes before calling it done", null, minutes);
        }

        var guards = Wording.GuardMetrics(facts);
        var where = facts.Paths.Dashboards;
        if (Urgency.IsIncident(facts) && !facts.ChangesData)
        {
            var ticket = Urgency.TicketIn(facts.Notes) is { } found ? $" {found}" : string.Empty;
            return Manual(Phase.Watch, $"Watch the symptom that opened the incident{ticket} stay gone, with {guards} on {where}, for {minutes} minutes, then let the incident commander call it resolved", null, minutes);
        }

        return Manual(Phase.Watch, $"Watch {guards} on {where} for {minutes} minutes before calling it done", null, minutes);
    }

    /// <summary>Minutes of watching: 10 outside production; in production 15, 20 or 30 by what the release changes.</summary>
    public static int Minutes(PlanFacts facts)
    {
        if (!facts.IsProduction)
        {
            return 10;
        }

        if (facts.ChangesData || facts.Is(ChangeKind.Engine) || facts.Has(RiskArea.Infra))
        {
            return 30;
        }

        if (Urgency.IsIncident(facts) || Urgency.ConfigOnly(facts))
        {
            return 15;
        }

        if (facts.IsHighRisk)
        {
            return 30;
        }

        // Several services rolled out in order can break the contract between them late (a rarely called path): not the shortest watch.
        return (!facts.Analysis.Risks.Any() && !facts.Is(ChangeKind.MultiService)) || facts.Is(ChangeKind.Patch) ? 15 : 20;
    }
}
