using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What leaves a project's dependencies or build is no removed item (FRESH27 review, Quartz.NET 3.0: "C5 Collections removed
/// from ILMerge process" became the removed item "from ILMerge process"). On main at 3f0d22f the first test failed; the notes
/// are this file's own.
/// </summary>
public sealed class Review31PackagingRemovalTests
{
    [Fact]
    public void RemovalsFromTheBuildOrDependencies_AreNoRemovedItems_WhileARemovedApiStillIs()
    {
        var plan = Plan("## 5.0.0\n\n__BREAKING CHANGES__\n\n* Newtonsoft.Json removed from dependencies\n* Castle.Core removed from the build process, no longer needed\n* `IScheduler.Shutdown` removed in favor of `StopAsync`\n");
        var dump = Dump(plan);

        Assert.False(Has(dump, "\"from the build process") || Has(dump, "\"from dependencies"), dump);
        Assert.DoesNotContain(Actions(plan), step => Has(step, "Castle.Core") || Has(step, "Newtonsoft.Json"));
        Assert.Contains(Actions(plan), step => Has(step, "IScheduler.Shutdown"));
    }
}
