using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>Shared phrases of the offline planner's sections.</summary>
internal static class Wording
{
    public static string Risk(RiskArea area) => area switch
    {
        RiskArea.Schema => "database schema changes",
        RiskArea.Auth => "auth/security",
        RiskArea.External => "external integrations",
        RiskArea.Config => "config/secrets",
        RiskArea.Infra => "infrastructure",
        RiskArea.Data => "data backfills",
        RiskArea.Breaking => "breaking API changes",
        _ => area.ToString().ToLowerInvariant(),
    };

    public static string Kind(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Hotfix => "a hotfix",
        ReleaseKind.Migration => "a larger migration",
        _ => "a normal release",
    };

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>The metrics that decide whether a ramp stage or a canary may go on.</summary>
    public static string GuardMetrics(PlanFacts facts)
    {
        var metrics = new List<string> { "5xx error rate", "p95 latency" };
        if (facts.Has(RiskArea.Auth))
        {
            metrics.Add("sign-in failures (401/403)");
        }

        if (facts.Has(RiskArea.External))
        {
            metrics.Add("partner API error rate");
        }

        if (facts.ChangesData)
        {
            metrics.Add("database lock waits");
        }

        return List(metrics);
    }

    /// <summary>The pass criteria for error rate and latency, stricter in production.</summary>
    public static string PassCriteria(PlanFacts facts) => facts.IsProduction
        ? "5xx error rate below 1% and p95 latency within 10% of the pre-deployment baseline"
        : "5xx error rate below 5% and p95 latency within 25% of the baseline";
}
