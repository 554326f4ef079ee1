using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A bucket path in the notes (<c>s3://ml-models/v3/</c>) is the team's own storage: the plan does not ask for an
/// end-to-end request through an external service named after it, nor watch a partner API, and names the path whole.
/// </summary>
public sealed class OwnedBucketTests
{
    private const string Notes = "ml-scoring: python 3.9 -> 3.12; pickled models re-exported with protocol 5, read from s3://ml-models/v3/ on start";

    [Fact]
    public void CreatePlan_BucketPathInTheNotes_IsNoExternalIntegration()
    {
        var plan = OfflinePlans.ValidProduction(Notes);
        var text = string.Join("\n", plan.Summary.Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification));

        Assert.DoesNotContain("external service", text, StringComparison.Ordinal);
        Assert.DoesNotContain("partner API", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/ml-models/v3\"", text, StringComparison.Ordinal);
    }
}
