using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>Writes health checks, smoke tests, dashboards and pass/fail criteria, with the flag on and off.</summary>
internal static class VerificationWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts)
    {
        var items = new List<string>
        {
            $"Health: liveness and readiness probes (`{AssumedSetup.Deployment}`) report every new pod healthy, and no pod restarts.",
            $"Smoke tests (`{AssumedSetup.SmokeTests}`) of the critical flows pass: sign-in, the main read path and the main write path.",
            "Dashboards: the service dashboard (error rate, latency, saturation) with a deployment annotation, and the logs for new exception types.",
            $"Pass: {Wording.PassCriteria(facts)} for {(facts.IsProduction ? 15 : 10)} minutes; fail: any new exception type or a failed health check.",
        };
        items.AddRange(RiskChecks(facts));
        if (facts.Flag is { } flag)
        {
            items.Add($"With {flag} off: the old path behaves as before and the smoke tests pass.");
            items.Add($"With {flag} on: the same smoke tests pass for the ramp cohort, and error rate and latency of flag-on traffic match flag-off traffic.");
        }

        return items;
    }

    private static IEnumerable<string> RiskChecks(PlanFacts facts)
    {
        if (facts.Has(RiskArea.Schema))
        {
            yield return "Database: the migration finished without errors, no lock waits or replication lag above 30 seconds, and the slow-query log is clean.";
        }

        if (facts.Has(RiskArea.Data))
        {
            yield return "Data: backfill progress and row counts match the dry run, and a sample of changed records is spot-checked.";
        }

        if (facts.Has(RiskArea.Auth))
        {
            yield return "Auth: sign-in, token refresh and sign-out work for each test role, and 401/403 responses do not rise.";
        }

        if (facts.Has(RiskArea.External))
        {
            yield return "Integrations: calls to partner services succeed without more timeouts or errors, and webhook deliveries are acknowledged.";
        }

        if (facts.Has(RiskArea.Config))
        {
            yield return "Config: the running pods report the new config version, with no startup errors about missing settings or secrets.";
        }

        if (facts.Has(RiskArea.Infra))
        {
            yield return "Infrastructure: load balancer targets are healthy, DNS resolves, and node and pod resource use is within limits.";
        }

        if (facts.Has(RiskArea.Breaking))
        {
            yield return "Consumers: contract tests pass, and 4xx responses from older clients do not rise.";
        }
    }
}
