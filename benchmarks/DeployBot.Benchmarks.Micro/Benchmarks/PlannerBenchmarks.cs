using BenchmarkDotNet.Attributes;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Requests;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Benchmarks.Micro.Benchmarks;

/// <summary>
/// Writing a plan offline from scratch (release analysis included), as the plan job does for every request after the
/// acknowledgement: the load benchmark's one-line notes, and a pasted 30-item changelog with upgrade notes.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private static readonly DeploymentEnvironment Production =
        new("production", new EnvironmentOptions { Risk = RiskLevel.High, RequireWindow = true });

    private static readonly string Changelog = string.Join('\n', new[]
    {
        "## [4.0.0] - 2026-11-30",
        "### Breaking changes",
        "- Drop support for PostgreSQL 12; the minimum Node.js version is now 22.",
        "- Removed the deprecated `/v1/login` endpoint and the `LEGACY_AUTH` setting.",
        "- Before upgrading, you must grant the `REPORT_ADMIN` permission to the service account.",
        "### Added",
    }.Concat(Enumerable.Range(1, 12).Select(i => $"- Add export format {i} to the reports page (#{1000 + i})"))
     .Append("### Fixed")
     .Concat(Enumerable.Range(1, 12).Select(i => $"- Fix a race in the job queue when worker {i} restarts (#{2000 + i})"))
     .Append("### Upgrade notes")
     .Append("- A new export of the analytics tables is required after the upgrade; run `bin/rails analytics:rebuild` once only."));

    private readonly OfflinePlanner _planner = new();

    [Benchmark(Baseline = true, Description = "one-line notes (the load benchmark's)")]
    public DeploymentPlan OneLine() =>
        _planner.CreatePlan(Input("Release r001 adds the checkout-v2 button for returning customers", "checkout-v2"), null, 0, null);

    [Benchmark(Description = "30-item changelog with upgrade notes")]
    public DeploymentPlan Changelog30() => _planner.CreatePlan(Input(Changelog, null), null, 0, null);

    [Benchmark(Description = "analysis only, one-line notes")]
    public ReleaseAnalysis AnalyzeOneLine() => ReleaseAnalyzer.Analyze("Release r001 adds the checkout-v2 button for returning customers");

    [Benchmark(Description = "analysis only, 30-item changelog")]
    public ReleaseAnalysis AnalyzeChangelog30() => ReleaseAnalyzer.Analyze(Changelog);

    private static PlanningInput Input(string notes, string? flag) =>
        new(new DeploymentRequest(notes, Production.Name, "Sat 06:00-08:00 UTC", flag), Production);
}
