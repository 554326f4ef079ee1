using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Tests.Rendering;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<!channel> deploy now")]
    [InlineData("<!here|here> please")]
    [InlineData("<!everyone>")]
    [InlineData("ask <@U0123ABCD> first")]
    [InlineData("ping <!subteam^S0123|@sre>")]
    [InlineData("<#C0123|general>")]
    [InlineData("<https://evil.example|click me>")]
    public void Sanitise_SlackControlSequences_LeavesNoAngleBrackets(string modelText)
    {
        var safe = SlackText.Sanitise(modelText);

        Assert.DoesNotContain('<', safe);
        Assert.DoesNotContain('>', safe);
    }

    [Theory]
    [InlineData("tell @channel now", "@channel")]
    [InlineData("@here: rollout", "@here")]
    [InlineData("@Everyone listen", "@Everyone")]
    public void Sanitise_LiteralBroadcastWords_AreBrokenSoNoClientPings(string modelText, string word)
    {
        var safe = SlackText.Sanitise(modelText);

        Assert.DoesNotContain(word, safe, StringComparison.Ordinal);
        Assert.Contains(word[1..], safe, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitise_AmpersandAndBrackets_EscapesOnlyThoseThree()
    {
        Assert.Equal("a &amp; b &lt; c &gt; d \"e\" 'f'", SlackText.Sanitise("a & b < c > d \"e\" 'f'"));
    }

    [Fact]
    public void SanitiseKeepingChannelLinks_AdapterChannelLink_SurvivesButMentionsDoNot()
    {
        var text = SlackText.SanitiseKeepingChannelLinks("It will appear in <#C0RELEASES1>. <!here> <#C1|x>");

        Assert.StartsWith("It will appear in <#C0RELEASES1>.", text, StringComparison.Ordinal);
        Assert.Contains("&lt;!here&gt;", text, StringComparison.Ordinal);
        Assert.Contains("&lt;#C1|x&gt;", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("S0SREONCALL", "<!subteam^S0SREONCALL>")]
    [InlineData("U0ONCALL01", "<@U0ONCALL01>")]
    [InlineData("W0ENTERPRISE", "<@W0ENTERPRISE>")]
    [InlineData("oncall@example.com", null)]
    [InlineData("U1> <!channel", null)]
    [InlineData(null, null)]
    public void Mention_ConfiguredId_IsAUserOrGroupMentionOrNothing(string? id, string? expected)
    {
        Assert.Equal(expected, SlackText.Mention(id));
    }
}
