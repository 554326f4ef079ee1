using DeployBot.Core.Platforms;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Tests.Rendering;

public sealed class OnCallLineTests
{
    [Fact]
    public void OnCall_StaticFallbackPinged_ShowsWhyTheFallbackWasPinged()
    {
        var target = new OnCallTarget("U0STATIC1", "Static On-Call", "static configuration",
            Note: "PagerDuty rejected the API token (HTTP 401): check PagerDuty:ApiToken; pinged the static on-call instead");

        var line = PlanTextRenderer.OnCall(target);

        Assert.Contains("<@U0STATIC1>", line, StringComparison.Ordinal);
        Assert.Contains("PagerDuty rejected the API token", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not pinged", line, StringComparison.Ordinal);
    }

    [Fact]
    public void OnCall_NobodyToPing_NamesThePersonAndSaysWhyNotPinged()
    {
        var target = new OnCallTarget(null, "Jane Roe", "PagerDuty schedule P1", Note: "jane@example.com has no Slack account with that e-mail");

        var line = PlanTextRenderer.OnCall(target);

        Assert.Contains("Jane Roe", line, StringComparison.Ordinal);
        Assert.Contains("not pinged: jane@example.com has no Slack account", line, StringComparison.Ordinal);
    }
}
