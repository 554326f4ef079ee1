using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>What the release channel must show after a burst: each acknowledged request as exactly one plan message.</summary>
internal static class PlanAssertions
{
    /// <summary>
    /// One plan per request (found by its notes tag), shown in exactly one message of the release channel (re-rendering
    /// the same message is not a second post), one drafting placeholder per request, a "ready" note to each requester,
    /// and no plan nobody asked for.
    /// </summary>
    public static void EachRequestPostedOnce(FakeSlackApi slack, IReadOnlyList<CommandAck> acks, string evidence)
    {
        var messages = SlackLedger.PlanMessages(slack);
        var drafts = SlackLedger.Drafts(slack, SlashCommands.ReleaseChannel);
        foreach (var ack in acks)
        {
            var tag = SlashCommands.Tag(ack.Index);
            var plans = messages.Where(m => m.Tag == tag).Select(m => m.PlanId).Distinct().ToArray();
            Assert.True(plans.Length == 1, $"request {tag} is shown as {plans.Length} plan(s).{Environment.NewLine}{evidence}");
            var shownIn = messages.Where(m => m.PlanId == plans[0]).Select(m => m.MessageKey).Distinct().ToArray();
            Assert.True(shownIn.Length == 1, $"plan {plans[0]} ({tag}) appears in {shownIn.Length} messages.{Environment.NewLine}{evidence}");
            Assert.All(messages.Where(m => m.PlanId == plans[0]), m => Assert.Equal(SlashCommands.ReleaseChannel, m.Channel));
            var draftCount = drafts.Count(d => (d["text"] ?? "").Contains(SlashCommands.UserId(ack.Index), StringComparison.Ordinal));
            Assert.True(draftCount == 1, $"request {tag} got {draftCount} drafting placeholders.{Environment.NewLine}{evidence}");
            Assert.True(SlackLedger.ReadyNotes(slack, ack.ResponseUrl).Count > 0, $"requester of {tag} was never told the plan is ready.{Environment.NewLine}{evidence}");
        }

        Assert.Equal(acks.Count, messages.Select(m => m.PlanId).Distinct().Count());
    }

    /// <summary>The request tags in the order their drafting placeholders were created in the channel (which is the order people see).</summary>
    public static IReadOnlyList<string> ChannelOrder(FakeSlackApi slack) =>
        SlackLedger.Drafts(slack, SlashCommands.ReleaseChannel)
            .Select(d => RequestIndex(d["text"] ?? ""))
            .Where(index => index > 0)
            .Select(SlashCommands.Tag)
            .ToArray();

    private static int RequestIndex(string draftingText)
    {
        var at = draftingText.IndexOf("U0REQ", StringComparison.Ordinal);
        return at < 0 ? 0 : int.Parse(draftingText.AsSpan(at + 5, 5), System.Globalization.CultureInfo.InvariantCulture);
    }
}
