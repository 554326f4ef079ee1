using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A runtime upgrade whose notes state a point of no return ("no rollback to the 3.9 image once v4 models are live"): the
/// service the notes open with is the one rolled out, and no other rollback line promises the previous image or the old
/// versions without that limit.
/// </summary>
public sealed class StatedNoWayBackRolloutTests
{
    private const string Scoring = "ml-scoring: python 3.9 -> 3.12, numpy 2.0, pandas 2.2. pickled models re-exported with protocol 5 — artifacts in s3://ml-models/v3/ won't load on the old image, so no rollback to the 3.9 image once v4 models are live";

    [Fact]
    public void CreatePlan_NotesHeadedByTheService_RollOutThatServiceByName()
    {
        var plan = OfflinePlans.ValidProduction(Scoring);

        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Start the rollout of ml-scoring as a canary", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("the new version as a canary", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_PointOfNoReturn_LimitsTheImageRollbackAndSetsNoVersionsBack()
    {
        var plan = OfflinePlans.ValidProduction(Scoring);

        Assert.Contains(plan.Rollback, line => line.StartsWith("Version rollback, only until v4 models are live (the point of no return above): redeploy", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Values this release changes", StringComparison.Ordinal) || line.Contains("re-exported", StringComparison.Ordinal));
    }
}
