namespace DeployBot.Core.Plans.Analysis;

/// <summary>What the release notes say about a release: its kind and the risk areas they touch (in vocabulary order).</summary>
public sealed record ReleaseAnalysis(ReleaseKind Kind, IReadOnlyList<RiskArea> Risks)
{
    public static ReleaseAnalysis Empty { get; } = new(ReleaseKind.Normal, []);

    public bool Has(RiskArea area) => Risks.Contains(area);
}
