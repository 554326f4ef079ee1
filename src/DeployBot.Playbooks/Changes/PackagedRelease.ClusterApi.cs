using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes are those of controllers that manage Kubernetes clusters from a management cluster (Cluster API's core and its
/// bootstrap, control-plane and infrastructure providers): they are upgraded on the management cluster with their own
/// upgrade command (<c>clusterctl upgrade plan</c>, then <c>apply</c>), after checking its Kubernetes version is in the range
/// the notes support, and watched by the controllers' logs and the clusters' and machines' conditions. No traffic passes
/// through them, so there is no canary of "10% of traffic".
/// </summary>
/// <remarks>
/// Known from two families or more of what only such notes speak of: the management and workload clusters, the upgrade
/// command, providers by role, the provider contract, machines and control planes as resources, controller-runtime.
/// </remarks>
internal sealed partial record PackagedRelease
{
    private const int ClusterApiFamilies = 2;

    private static PackagedRelease? ReadClusterApi(string notes, string? version) =>
        ClusterApiWords().Matches(notes).Select(Family).Distinct(StringComparer.Ordinal).Count() >= ClusterApiFamilies
            ? new(Package.ClusterApi, null, version)
            : null;

    /// <summary>
    /// The notes speak to those who build providers or controllers on the project (its contract, deprecated functions, the Go
    /// version needed to build it), not to those who run it: nothing changes on the management cluster for them now.
    /// </summary>
    public bool ForProviderBuilders(string notes) => Kind == Package.ClusterApi && BuilderWords().IsMatch(notes);

    [GeneratedRegex(@"(?<management>\bmanagement\s+clusters?\b)|(?<workload>\bworkload\s+clusters?\b)|(?<command>\bclusterctl\b)|(?<project>\bCluster\s+API\b|\bCAPI\b)|(?<providers>\b(?:infrastructure|bootstrap|control[\s-]plane|IPAM|add-?on)\s+providers?\b)|(?<contract>\bcontract\s+(?:fields?|versions?|changes?)\b|\b(?:provider|control[\s-]plane|bootstrap|infrastructure)\s+contracts?\b)|(?<machines>\bMachine(?:Deployments?|Sets?|Pools?|HealthChecks?)\b|\bKubeadmControlPlane\b|\bKCP\b)|(?<runtime>\bcontroller[\s-]runtime\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ClusterApiWords();

    [GeneratedRegex(@"\bcontract\s+(?:fields?|changes?)\b|\b(?:minimal|minimum)\s+Go\s+version\b|\bGo\s+version\s+(?:required|used)\b|\bfunctions?\s+and\s+types?\s+have\s+been\s+deprecated\b|\bfor\s+(?:\w+\s+)?providers\s+which\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BuilderWords();
}
