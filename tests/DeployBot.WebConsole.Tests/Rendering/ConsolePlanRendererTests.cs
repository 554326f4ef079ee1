using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;
using DeployBot.WebConsole.Rendering;
using DeployBot.WebConsole.Tests.Infrastructure;

namespace DeployBot.WebConsole.Tests.Rendering;

public sealed class ConsolePlanRendererTests
{
    [Fact]
    public void Render_Plan_HasTheSixSectionsInOrderWithNumberedMarkedSteps()
    {
        var view = ConsolePlanRenderer.Render(SamplePlans.Delivery(SamplePlans.Plan()));

        Assert.Equal(PlanSections.InOrder, view.Sections.Select(s => s.Heading));
        var steps = view.Sections[2].Steps;
        Assert.Equal([1, 2], steps.Select(s => s.Number));
        Assert.Equal(["manual", "automated"], steps.Select(s => s.Mode));
        Assert.Equal("enable checkout-v2 for 1%", steps[1].FlagAction);
        Assert.Empty(view.Sections[2].Bullets);
    }

    [Fact]
    public void Render_ContextWithoutFlag_SaysNone()
    {
        var view = ConsolePlanRenderer.Render(SamplePlans.Delivery(SamplePlans.Plan()));

        Assert.Equal(["NOTES", "ENVIRONMENT", "WINDOW", "FLAG"], view.Context.Select(c => c.Label));
        Assert.Equal("none", view.Context[3].Value);
    }

    [Fact]
    public void Render_PlanFromALink_ContextHasTheSourceAsALinkAndItsCi()
    {
        var plan = SamplePlans.Plan() with { Source = new ReleaseSource("https://github.com/acme/shop/pull/42", "Add due dates (#42)", "6dcb09b", "CI: 2/3 checks passed on 6dcb09b") };

        var view = ConsolePlanRenderer.Render(SamplePlans.Delivery(plan));

        Assert.Equal(["NOTES", "SOURCE", "CI", "ENVIRONMENT", "WINDOW", "FLAG"], view.Context.Select(c => c.Label));
        Assert.Equal(new ContextItemView("SOURCE", "Add due dates (#42)", "https://github.com/acme/shop/pull/42"), view.Context[1]);
        Assert.Equal("CI: 2/3 checks passed on 6dcb09b", view.Context[2].Value);
    }

    [Fact]
    public void Render_SourceThatIsNotAWebAddress_IsTextWithoutALink()
    {
        var plan = SamplePlans.Plan() with { Source = new ReleaseSource("javascript:alert(1)", "Release", null, null) };

        var source = ConsolePlanRenderer.Render(SamplePlans.Delivery(plan)).Context[1];

        Assert.Equal(("SOURCE", (string?)null), (source.Label, source.Url));
    }

    [Fact]
    public void Render_OfflinePlan_CarriesTheOfflineNoticeAndFallbackReason()
    {
        var planner = new PlannerInfo(PlannerInfo.Offline, "gpt-x", 3, "The model timed out three times.");

        var view = ConsolePlanRenderer.Render(SamplePlans.Delivery(SamplePlans.Plan(planner: planner)));

        Assert.Equal(PlanSections.OfflineNotice, view.OfflineNotice);
        Assert.Equal("The model timed out three times.", view.FallbackReason);
    }

    [Fact]
    public void Render_ModelPlan_HasNoOfflineNotice()
    {
        var view = ConsolePlanRenderer.Render(SamplePlans.Delivery(SamplePlans.Plan(planner: new PlannerInfo(PlannerInfo.Model, "gpt-x", 1, null))));

        Assert.Null(view.OfflineNotice);
    }

    [Theory]
    [InlineData("S0SRE", "Production On-Call", "@Production On-Call")]
    [InlineData("U123", null, "@U123")]
    [InlineData(null, "@Already Prefixed", "@Already Prefixed")]
    [InlineData(null, null, null)]
    public void RenderOnCall_Target_NamesTheMention(string? mentionId, string? displayName, string? expected)
    {
        var view = ConsolePlanRenderer.RenderOnCall(new OnCallTarget(mentionId, displayName, "static"));

        Assert.Equal(expected, view.Mention);
    }

    [Fact]
    public void RenderOnCall_Nobody_KeepsTheNoteAndHandover()
    {
        var view = ConsolePlanRenderer.RenderOnCall(new OnCallTarget(null, null, "pagerduty", "PagerDuty did not answer.", "Kim"));

        Assert.Null(view.Mention);
        Assert.Equal("PagerDuty did not answer. After the handover: Kim.", view.Note);
    }
}
