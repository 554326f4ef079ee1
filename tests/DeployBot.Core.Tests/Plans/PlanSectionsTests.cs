using DeployBot.Core.Plans;

namespace DeployBot.Core.Tests.Plans;

public sealed class PlanSectionsTests
{
    [Fact]
    public void NoticeFor_OfflineByChoice_IsTheOfflineNotice()
    {
        Assert.Equal(PlanSections.OfflineNotice, PlanSections.NoticeFor(PlannerInfo.OfflineByChoice));
    }

    [Fact]
    public void NoticeFor_Fallback_SaysWhyAndHowManyAttempts()
    {
        var notice = PlanSections.NoticeFor(new PlannerInfo(PlannerInfo.Offline, "gpt-4o-mini", 3, "timeout"));

        Assert.Equal("Written by DeployBot's offline planner: the model gpt-4o-mini did not give a usable plan after 3 attempts (timeout).", notice);
    }

    [Fact]
    public void NoticeFor_FallbackWithoutAnAttempt_SaysTheModelWasNotCalled()
    {
        var notice = PlanSections.NoticeFor(new PlannerInfo(PlannerInfo.Offline, null, 0, "circuit open\nafter failures."));

        Assert.Equal("Written by DeployBot's offline planner: the model was not called (circuit open after failures).", notice);
    }

    [Fact]
    public void NoticeFor_ModelPlan_IsNull()
    {
        Assert.Null(PlanSections.NoticeFor(new PlannerInfo(PlannerInfo.Model, "gpt-4o-mini", 1, null)));
    }
}
