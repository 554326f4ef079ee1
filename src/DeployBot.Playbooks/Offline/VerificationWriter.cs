using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Offline;

/// <summary>Writes health checks, smoke tests, dashboards, pass/fail criteria, each kind's checks and each risky item's.</summary>
internal static class VerificationWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts)
    {
        var items = new List<string>();
        if (StepsWriter.Deploys(facts) && facts.Package?.RunsPods != false)
        {
            items.Add($"Health: liveness and readiness probes (`{facts.Paths.Deployment}`) report every new pod healthy, and no pod restarts.");
        }

        // A tool, host package or cluster controllers serve no user flow: their own gates replace the service's (ToolVehicles).
        var gates = ToolVehicles.Gates(facts);
        items.AddRange(gates ?? [$"Smoke tests (`{facts.Paths.SmokeTests}`) of the critical flows pass: sign-in, the main read path and the main write path.",
            $"Dashboards: {facts.Paths.Dashboards} (error rate, latency, saturation) with a deployment annotation, and the logs for new exception types.",
            $"Pass: {Wording.PassCriteria(facts)} for {(facts.IsProduction ? 15 : 10)} minutes; fail: any new exception type or a failed health check."]);
        items.AddRange(PlaybookCatalog.For(facts).SelectMany(playbook => playbook.Verification(facts)));
        items.AddRange(SplitComponent.Read(facts.Analysis).Select(split => split.Verification));
        if (StartRequirement.Read(facts.Notes) is { Count: > 0 } needed)
        {
            items.Add($"Start-up: every new pod started with {string.Join(" and ", needed.Select(requirement => requirement.Needed))} in place and stays running (no CrashLoopBackOff, no restarts), with no start-up error about {(needed.Count == 1 ? "it" : "them")} in its log.");
        }
        if (facts.Has(RiskArea.Auth) && !facts.Is(ChangeKind.Auth) && gates is null)
        {
            // A security or login fix without an identity-provider change still needs sign-in checked.
            items.Add("Auth: sign-in, token refresh and sign-out work for each test role, and 401/403 responses do not rise.");
        }

        if (facts.Has(RiskArea.External) && !facts.Is(ChangeKind.Payments) && gates is null)
        {
            // An SDK upgrade or a changed integration fails at the provider's end, where smoke tests of our own flows may not reach.
            items.Add($"Integrations: one real request through each external service the release changes{Wording.Providers(facts.ItemsWith(RiskArea.External))}{Wording.Items(facts.ItemsWith(RiskArea.External), NameShapes.IsServiceOrRoute)} succeeds end to end (a test e-mail arrives, a webhook is delivered, an API call answers), and the logs show no new 4xx/5xx or timeouts from the provider.");
        }

        return items;
    }
}
