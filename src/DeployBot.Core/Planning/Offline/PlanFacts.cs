using DeployBot.Core.Environments;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Planning.Offline;

/// <summary>What the offline planner knows about one request: inputs, environment policy, detected risks and the schedule.</summary>
internal sealed record PlanFacts(
    DeploymentEnvironment Environment,
    ReleaseAnalysis Analysis,
    string? Window,
    string? Flag,
    int? WindowMinutes)
{
    public static PlanFacts From(PlanningInput input)
    {
        var request = input.Request;
        var window = Clean(request.Window);
        return new PlanFacts(
            input.Environment,
            ReleaseAnalyzer.Analyze(request.Notes),
            window,
            Clean(request.Flag),
            window is null ? null : WindowParser.Minutes(window));
    }

    public string Env => Environment.Name;

    public bool IsProduction => Environment.IsProduction;

    /// <summary>Production with a release that touches data, schema, infrastructure or a public contract.</summary>
    public bool IsHighRisk =>
        IsProduction && (Analysis.Kind == ReleaseKind.Migration
            || Has(RiskArea.Schema) || Has(RiskArea.Data) || Has(RiskArea.Infra) || Has(RiskArea.Breaking));

    public bool ChangesData => Has(RiskArea.Schema) || Has(RiskArea.Data);

    public bool Has(RiskArea area) => Analysis.Has(area);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
