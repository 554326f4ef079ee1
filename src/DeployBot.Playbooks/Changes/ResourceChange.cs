using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>What a resource setting is, which decides how the plan checks that it took effect.</summary>
internal enum ResourceSetting
{
    /// <summary>A container's memory or CPU limit or request.</summary>
    Container,

    /// <summary>The Deployment's replica count.</summary>
    Replicas,

    /// <summary>The HorizontalPodAutoscaler's minimum or maximum replicas.</summary>
    Autoscaler,
}

/// <summary>
/// One Kubernetes resource setting the notes change, with its values: "memory limit 512Mi -> 1Gi", "HPA max 10 -> 20",
/// "replicas 4 -> 8", "cpu request 500m -> 1", "resources.limits.memory 1Gi -> 1.5Gi". Such a change is applied as a
/// values or manifest change (the image stays the same), checked on the live object, and rolled back by re-applying the
/// previous values.
/// </summary>
/// <param name="Label">The setting as the plan writes it ("memory limit", "HPA max replicas").</param>
/// <param name="Path">The jsonpath that reads it on the live object.</param>
internal sealed partial record ResourceChange(string Label, ResourceSetting Setting, string Path, string From, string To)
{
    /// <summary>The resource settings the notes change, in their order, each once.</summary>
    public static IReadOnlyList<ResourceChange> Read(string notes) =>
        [.. SettingPattern().Matches(notes).Select(Of).DistinctBy(change => change.Label)];

    /// <summary>The Deployment (or chart) the settings belong to: "worker OOMKilled", "api replicas", "checkout chart", "memory limit on worker".</summary>
    public static string? Workload(string notes) =>
        Owner().Match(notes) is { Success: true } owner ? owner.Groups["name"].Value : null;

    /// <summary>"memory limit 512Mi → 1Gi".</summary>
    public string Describe() => $"{Label} {From} → {To}";

    private static ResourceChange Of(Match match)
    {
        var (from, to) = (match.Groups["from"].Value, match.Groups["to"].Value);
        if (match.Groups["hpa"].Success)
        {
            var bound = match.Groups["bound"].Value.StartsWith("min", StringComparison.OrdinalIgnoreCase) ? "min" : "max";
            return new($"HPA {bound} replicas", ResourceSetting.Autoscaler, $"{{.spec.{bound}Replicas}}", from, to);
        }

        if (match.Groups["replicas"].Success)
        {
            return new("replicas", ResourceSetting.Replicas, "{.spec.replicas}", from, to);
        }

        var resource = match.Groups["resource"].Value.StartsWith("cpu", StringComparison.OrdinalIgnoreCase) ? "cpu" : "memory";
        var kind = match.Groups["kind"].Value.ToLowerInvariant() switch
        {
            var word when word.StartsWith("request", StringComparison.Ordinal) => "requests",
            _ => "limits",
        };
        var label = $"{resource} {(kind == "requests" ? "request" : "limit")}";
        return new(label, ResourceSetting.Container, $"{{.spec.template.spec.containers[*].resources.{kind}.{resource}}}", from, to);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string Values = @"\s*:?\s*(?:from\s+)?(?<from>\d+(?:\.\d+)?(?:[KMGT]i|[KMGT]|m)?)\s*(?:->|→|=>|\bto\b)\s*(?<to>\d+(?:\.\d+)?(?:[KMGT]i|[KMGT]|m)?)(?!\w|\.\d)";

    [GeneratedRegex(@"(?: (?:resources\.)?(?<kind>limits|requests)\.(?<resource>memory|cpu)
        | (?<resource>memory|mem|cpu)\s+(?<kind>limits?|requests?)(?:\s+(?:on|for|of)\s+[a-z][\w-]*)?
        | (?<kind>limits?|requests?)\s+(?:for\s+)?(?<resource>memory|cpu)(?:\s+(?:on|for|of)\s+[a-z][\w-]*)?
        | (?<hpa>\bhpa|autoscaler)\s+(?<bound>max|min)(?:imum)?(?:\s*replicas)?
        | (?<hpa>(?<bound>max|min)Replicas)
        | (?<replicas>\breplicas|replicaCount) )" + Values, Options, MatchBudget.Milliseconds)]
    private static partial Regex SettingPattern();

    [GeneratedRegex(@"(?<name>[a-z][\w-]*)\s+(?:(?:pods?|containers?)\s+)?(?:OOM\s?Kill\w* | replicas\b | chart\b | deployment\b) | \bchart\s+(?<name>[a-z][\w-]*) | (?<name>[a-z][\w-]*)\s+(?:memory|cpu)\s+(?:limit|request) | \b(?:memory|mem|cpu)\s+(?:limits?|requests?)\s+(?:on|for|of)\s+(?<name>[a-z][\w-]*)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Owner();
}
