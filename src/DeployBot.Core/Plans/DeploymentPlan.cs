namespace DeployBot.Core.Plans;

/// <summary>
/// A deployment plan as <c>plan-format.md</c> specifies it: the context block and the six sections, in order,
/// plus metadata other tools may read (release kind, risk areas, which planner wrote it).
/// Every renderer (Markdown, Block Kit, Adaptive Card, console HTML) renders this one record.
/// </summary>
public sealed record DeploymentPlan(
    PlanContext Context,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> PreDeploymentChecks,
    IReadOnlyList<PlanStep> Steps,
    IReadOnlyList<string> Verification,
    IReadOnlyList<string> Rollback,
    IReadOnlyList<string> NextActions,
    ReleaseKind ReleaseKind,
    IReadOnlyList<RiskArea> Risks,
    PlannerInfo Planner)
{
    /// <summary>The release's items as classified (CONTRACT.md <c>items</c>): text, risk areas, destructive or not.</summary>
    public IReadOnlyList<Analysis.ReleaseItem> Items { get; init; } = [];

    /// <summary>The link NOTES resolved to, with its title, commit and CI summary; null for typed notes.</summary>
    public ReleaseSource? Source { get; init; }
}

/// <summary>Where the release was read from when NOTES were a link.</summary>
/// <param name="Link">The link as given.</param>
/// <param name="Title">The title it resolved to.</param>
/// <param name="Commit">The head commit, when known.</param>
/// <param name="Ci">One line on its CI state ("CI: 14/14 checks passed on 6dcb09b"), when known.</param>
public sealed record ReleaseSource(string Link, string Title, string? Commit, string? Ci);

/// <summary>The context block: the inputs as given (absent optional values render as "none").</summary>
public sealed record PlanContext(string Notes, string Environment, string? Window, string? Flag);

/// <summary>One numbered deployment step.</summary>
/// <param name="Action">What to do, in one or two sentences.</param>
/// <param name="Reference">The script or config it uses, as <c>path/file.ext</c> or <c>path/file.ext (line N)</c>; null when none.</param>
/// <param name="Mode">Manual or automated.</param>
/// <param name="FlagAction">Where the FLAG is enabled or ramped in this step ("enable checkout-v2 for 1% of traffic"); null otherwise.</param>
public sealed record PlanStep(string Action, string? Reference, StepMode Mode, string? FlagAction = null);

public enum StepMode
{
    Automated,
    Manual,
}

/// <summary>What kind of release this is (CONTRACT.md: <c>normal</c>, <c>hotfix</c>, <c>migration</c>).</summary>
public enum ReleaseKind
{
    Normal,
    Hotfix,
    Migration,
}

/// <summary>The fixed vocabulary of risk areas found in NOTES (CONTRACT.md).</summary>
public enum RiskArea
{
    Schema,
    Auth,
    External,
    Config,
    Infra,
    Data,
    Breaking,
}

/// <summary>Which planner wrote the plan and how.</summary>
/// <param name="Name"><c>offline</c> or <c>model</c>.</param>
/// <param name="ModelId">The model id when a model wrote (or tried to write) it.</param>
/// <param name="Attempts">Model attempts used (0 for a plan written offline by choice).</param>
/// <param name="FallbackReason">Why the offline planner wrote it although a model is configured; null otherwise.</param>
public sealed record PlannerInfo(string Name, string? ModelId, int Attempts, string? FallbackReason)
{
    public const string Offline = "offline";
    public const string Model = "model";

    public static PlannerInfo OfflineByChoice { get; } = new(Offline, null, 0, null);

    public bool IsOffline => Name == Offline;
}
