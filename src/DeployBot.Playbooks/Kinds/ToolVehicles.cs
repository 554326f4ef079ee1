using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The vehicles of what no image of the operator's carries and no traffic reaches (<see cref="ToolSteps"/>,
/// <see cref="HostPackageSteps"/>, <see cref="ClusterApiSteps"/>): their steps, checks, verification and rollback, and the
/// watch, pass criteria and rollback triggers that replace a service's (5xx rate, p95 latency, probes, smoke tests of user
/// flows), which would not see their failures. Each member returns null when the plan's package is none of these.
/// </summary>
internal static class ToolVehicles
{
    /// <summary>The plan's package when it is a tool, a toolchain, a host package or cluster-management controllers.</summary>
    public static PackagedRelease? Of(PlanFacts facts) =>
        facts.Package is { Kind: Package.Tool or Package.Toolchain or Package.HostPackage or Package.ClusterApi } package ? package : null;

    public static IEnumerable<TimedStep>? Steps(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => HostPackageSteps.Steps(facts, package),
        Package.ClusterApi => ClusterApiSteps.Steps(facts, package),
        _ => ToolSteps.Steps(facts, package),
    };

    public static string? Check(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => HostPackageSteps.Check(facts, package),
        Package.ClusterApi => ClusterApiSteps.Check(facts, package),
        _ => ToolSteps.Check(facts, package),
    };

    public static string? Verification(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => HostPackageSteps.Verification(facts, package),
        Package.ClusterApi => ClusterApiSteps.Verification(package),
        _ => ToolSteps.Verification(package),
    };

    public static string? Rollback(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => HostPackageSteps.Rollback(package),
        Package.ClusterApi => ClusterApiSteps.Rollback(package),
        _ => ToolSteps.Rollback(package),
    };

    /// <summary>The breaking changes break the operator's configuration, scripts or providers, not API consumers.</summary>
    public static string? BreakingCheck(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => $"Breaking changes: every configuration file and scheduled job on the hosts that the notes' breaking changes touch is changed in the same change as the package upgrade to {package.Target}.",
        Package.ClusterApi => $"Breaking changes: every provider, template and custom resource that the notes' breaking changes touch is compatible with {package.Target} before `clusterctl upgrade apply`.",
        Package.Toolchain => $"Breaking changes: every app's code that the notes' breaking changes touch is fixed on the branch that builds with {package.Target}, before any app is released with it.",
        _ => $"Breaking changes: every configuration file and script that the notes' breaking changes touch is changed in the same change as the pin to {package.Target} of {ToolSteps.Called(package)}.",
    };

    /// <summary>The watch step's action, in place of the service dashboard's 5xx rate and latency.</summary>
    public static string? Watch(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => HostPackageSteps.Watch(facts, package),
        Package.ClusterApi => ClusterApiSteps.Watch,
        _ => ToolSteps.Watch(package),
    };

    /// <summary>The verification lines that replace the smoke tests of user flows, the service dashboard and its pass criteria.</summary>
    public static IReadOnlyList<string>? Gates(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => [HostPackageSteps.Pass(facts, package)],
        Package.ClusterApi => [ClusterApiSteps.Pass],
        _ => [ToolSteps.Pass(package)],
    };

    /// <summary>The rollback triggers that replace 5xx rate, latency, failed health checks and sign-in failures.</summary>
    public static List<string>? Triggers(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => [.. HostPackageSteps.Triggers(facts, package)],
        Package.ClusterApi => [.. ClusterApiSteps.Triggers()],
        _ => [.. ToolSteps.Triggers(package)],
    };

    /// <summary>What must be at hand to roll back, in place of "the previous release revision or state version".</summary>
    public static string? Artifact(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => "the previous package version, available to every host's package manager",
        Package.ClusterApi => "the recorded core and provider versions and the backup of the objects the controllers manage",
        _ => "the version pinned before, recorded for every place that runs it",
    };

    /// <summary>How the detailed rollback plan verifies the way back, in place of pods, smoke tests and the 5xx rate.</summary>
    public static IReadOnlyList<string>? RollbackVerification(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => ["Package: every host runs the previous version again, the tool's own check passes on each, and its next scheduled run succeeds (for a backup tool: archiving reports no new failures)."],
        Package.ClusterApi => ["Cluster API: the controllers of the previous versions run without errors or restarts, and `clusterctl describe cluster` shows every Cluster and Machine Ready."],
        _ => [$"Tool: every place that runs {ToolSteps.Called(package)} pins the previous version again, and the pipeline runs that failed pass with it."],
    };

    /// <summary>What the summary calls the change.</summary>
    public static string? Adoption(PlanFacts facts) => Of(facts) is not { } package ? null : package.Kind switch
    {
        Package.HostPackage => $"a package upgrade to {package.Target} on every host that runs it (one host first, the tool's own check, then the rest; no traffic passes through it)",
        Package.ClusterApi => $"an upgrade of the cluster-management controllers to {package.Target} on the management cluster (`clusterctl upgrade plan`, then `apply`; no traffic passes through them)",
        Package.Toolchain => $"an upgrade of {ToolSteps.Called(package)} to {package.Target} where apps are built (every app built and tested with it first, then each app's own release; nothing is deployed by this plan)",
        _ => $"an upgrade of {ToolSteps.Called(package)} to {package.Target} where it runs (pipelines, build images, developers' machines; its own check first; nothing is deployed)",
    };
}
