using DeployBot.Core.Environments;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Releases;
using DeployBot.Core.Requests;
using DeployBot.Core.Windows;

namespace DeployBot.Core.Planning;

/// <summary>Writes a plan for a request. The model planner falls back to the offline one and never throws for model trouble.</summary>
public interface IDeploymentPlanner
{
    Task<DeploymentPlan> CreatePlanAsync(PlanningInput input, CancellationToken cancellationToken);
}

/// <summary>
/// Everything a planner needs: the request, its environment's policy, the release a link resolved to, the one release
/// analysis and window reading every planner and the validator share, and for revisions the plan being revised.
/// </summary>
public sealed record PlanningInput
{
    public PlanningInput(
        DeploymentRequest request,
        DeploymentEnvironment environment,
        DeploymentPlan? previousPlan = null,
        ResolvedRelease? release = null,
        DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(environment);
        Request = request;
        Environment = environment;
        PreviousPlan = previousPlan;
        Release = release;
        Now = now ?? TimeProvider.System.GetUtcNow();
        Analysis = WithReleaseFacts(release is null ? ReleaseAnalyzer.Analyze(request.Notes) : ReleaseAnalyzer.Analyze(release.Text, release.Link), release);
        Window = string.IsNullOrWhiteSpace(request.Window) ? null : WindowReader.Read(request.Window, Now);
    }

    /// <summary>A secret or variable that the linked change's manifests introduce is a config risk even when its text says nothing.</summary>
    private static ReleaseAnalysis WithReleaseFacts(ReleaseAnalysis analysis, ResolvedRelease? release) =>
        release is { NewSecrets.Count: > 0 } && !analysis.Has(RiskArea.Config)
            ? analysis with { Risks = [.. analysis.Risks.Append(RiskArea.Config).Order()] }
            : analysis;

    public DeploymentRequest Request { get; }

    public DeploymentEnvironment Environment { get; }

    public DeploymentPlan? PreviousPlan { get; }

    /// <summary>What a link in NOTES resolved to; null when NOTES are the release notes themselves.</summary>
    public ResolvedRelease? Release { get; }

    /// <summary>When the plan is written: the reference for "tonight", weekdays and windows already past.</summary>
    public DateTimeOffset Now { get; }

    public ReleaseAnalysis Analysis { get; private init; }

    /// <summary>
    /// This input with a second reading of the release's items applied to its analysis (<see cref="AnalysisReview"/>):
    /// what the plan record, its checks and the validator then go by. Facts of the linked release still apply.
    /// </summary>
    public PlanningInput Reviewed(IReadOnlyDictionary<int, ItemReading> readings)
    {
        var reviewed = AnalysisReview.Apply(Analysis, readings);
        return ReferenceEquals(reviewed, Analysis) ? this : this with { Analysis = WithReleaseFacts(reviewed, Release) };
    }

    /// <summary>
    /// This input with its items read as <paramref name="plan"/> read them (a model's reading is kept in the plan's
    /// items), for work on that plan such as its detailed rollback plan. Items whose text differs are left as they are.
    /// </summary>
    public PlanningInput ReadAs(DeploymentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var readings = plan.Items.Take(Analysis.Items.Count).Select((item, index) => (item, index))
            .Where(pair => pair.item.Text == Analysis.Items[pair.index].Text)
            .ToDictionary(pair => pair.index, pair => new ItemReading(pair.item.Risks, pair.item.Destructive));
        return Reviewed(readings);
    }

    /// <summary>The WINDOW as read; null when none was given.</summary>
    public WindowReading? Window { get; }
}
