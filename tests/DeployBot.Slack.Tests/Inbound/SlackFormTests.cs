using DeployBot.Slack.Inbound;
using DeployBot.Slack.Tests.Support;

namespace DeployBot.Slack.Tests.Inbound;

public sealed class SlackFormTests
{
    [Fact]
    public void Parse_SlackDocumentedCommandBody_DecodesEveryField()
    {
        var form = SlackForm.Parse(Payloads.Text("slash-command-docs-example.txt"));

        Assert.Equal("/webhook-collect", form["command"]);
        Assert.Equal(string.Empty, form["text"]);
        Assert.Equal("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN", form["response_url"]);
        Assert.Equal("398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c", form["trigger_id"]);
    }

    [Fact]
    public void Parse_PlusAndPercentEscapes_DecodeAsSlackMeansThem()
    {
        var form = SlackForm.Parse("text=NOTES%3D%E2%80%9Cfix+login%E2%80%9D+ENVIRONMENT%3Dprod+a%2Bb");

        Assert.Equal("NOTES=\u201cfix login\u201d ENVIRONMENT=prod a+b", form["text"]);
    }

    [Fact]
    public void Parse_MalformedEscape_KeepsTheTextInsteadOfFailing()
    {
        var form = SlackForm.Parse("text=100%+sure&user_id=U1");

        Assert.Equal("100% sure", form["text"]);
        Assert.Equal("U1", form["user_id"]);
    }

    [Fact]
    public void FromForm_SlackDocumentedCommandBody_BuildsTheRequesterWithItsResponseUrl()
    {
        var command = SlashCommand.FromForm(SlackForm.Parse(Payloads.Text("slash-command-docs-example.txt")));

        Assert.NotNull(command);
        var requester = command.ToRequester();
        Assert.Equal(("slack", "U2CERLKJA", "roadrunner", "G8PSS9T3V"), (requester.Platform, requester.UserId, requester.UserName, requester.ChannelId));
        Assert.StartsWith("https://hooks.slack.com/commands/", requester.ReplyAddress, StringComparison.Ordinal);
    }

    [Fact]
    public void FromForm_NoUserId_ReturnsNull()
    {
        Assert.Null(SlashCommand.FromForm(SlackForm.Parse("channel_id=C1&text=hi")));
    }
}
