using DeployBot.Core.Platforms;
using DeployBot.Teams.Cards;

namespace DeployBot.Teams.Tests.Cards;

public sealed class OnCallLineTests
{
    [Fact]
    public void OnCallLine_MentionWithNoteAndHandover_ShowsBoth()
    {
        var target = new OnCallTarget("sre@example.com", "Static On-Call", "static configuration",
            Note: "PagerDuty did not answer; pinged the static on-call instead", AfterHandover: "Sam Lee");

        var text = PlanCardContent.OnCallLine(target)["text"]!.GetValue<string>();

        Assert.Contains("<at>Static On-Call</at>", text, StringComparison.Ordinal);
        Assert.Contains("PagerDuty did not answer", text, StringComparison.Ordinal);
        Assert.Contains("after the handover: Sam Lee", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OnCallLine_NoMentionWithHandover_StillSaysWhoComesNext()
    {
        var target = new OnCallTarget(null, "Jane Roe", "Opsgenie schedule S1", Note: "no Teams user", AfterHandover: "Sam Lee");

        var text = PlanCardContent.OnCallLine(target)["text"]!.GetValue<string>();

        Assert.Contains("Jane Roe (no Teams user)", text, StringComparison.Ordinal);
        Assert.Contains("after the handover: Sam Lee", text, StringComparison.Ordinal);
    }
}
