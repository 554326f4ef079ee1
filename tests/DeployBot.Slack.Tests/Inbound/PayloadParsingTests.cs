using DeployBot.Slack.Inbound;
using DeployBot.Slack.Tests.Support;

namespace DeployBot.Slack.Tests.Inbound;

public sealed class PayloadParsingTests
{
    [Fact]
    public void InteractionPayload_JavaSdkViewSubmission_ReadsEveryInputValueByBlockId()
    {
        var payload = InteractionPayload.Parse(Payloads.Text("view-submission-java-sdk.json"));

        Assert.NotNull(payload?.View);
        Assert.Equal("view_submission", payload.Type);
        Assert.Equal("U12345678", payload.UserId);
        Assert.Equal("3", payload.View.Values["rating"]);
        Assert.Equal("2019-09-23", payload.View.Values["date-of-visit"]);
        Assert.Equal("Just amazing!", payload.View.Values["comment"]);
        Assert.Equal("modal-callback-id", payload.View.CallbackId);
        Assert.Equal(string.Empty, payload.View.PrivateMetadata);
    }

    [Fact]
    public void InteractionPayload_DocsBlockActions_ReadsTheButtonChannelAndResponseUrl()
    {
        var payload = InteractionPayload.Parse(Payloads.Text("block-actions-docs-example.json"));

        Assert.NotNull(payload);
        Assert.Equal(("block_actions", "UA8RXUSPL", "jtorrance", "CBR2V3XEX"), (payload.Type, payload.UserId, payload.UserName, payload.ChannelId));
        Assert.Equal("https://hooks.slack.com/actions/AABA1ABCD/1232321423432/D09sSasdasdAS9091209", payload.ResponseUrl);
        var action = Assert.Single(payload.Actions);
        Assert.Equal(("WaXA", "click_me_123"), (action.ActionId, action.Value));
    }

    [Fact]
    public void InteractionPayload_ButtonInThread_TakesTheChannelFromTheContainerOrChannel()
    {
        var payload = InteractionPayload.Parse(Payloads.Text("block-actions-in-thread.json"));

        Assert.Equal("C111", payload?.ChannelId);
        Assert.Equal("1", Assert.Single(payload!.Actions).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"block_actions\"}")]
    [InlineData("{\"type\":\"view_submission\",\"user\":{\"id\":42}}")]
    public void InteractionPayload_MalformedJson_ReturnsNull(string json)
    {
        Assert.Null(InteractionPayload.Parse(json));
    }

    [Fact]
    public void EventEnvelope_SlackGoAppMention_ReadsEventIdAndAuthedUser()
    {
        var envelope = EventEnvelope.Parse(Payloads.Text("event-callback-slack-go.json"));

        Assert.NotNull(envelope?.Event);
        Assert.Equal(("event_callback", "TvBP7LRED7", "EEEEEEEEE"), (envelope.Type, envelope.EventId, envelope.AuthorizedUserId));
        Assert.Equal(("app_mention", "AAAAAAAAA", "TTTTTTTTT", "1531431954.000073"), (envelope.Event.Type, envelope.Event.User, envelope.Event.Channel, envelope.Event.Ts));
    }

    [Fact]
    public void EventEnvelope_PythonSdkMessage_ReadsTheAuthorizedBotUser()
    {
        var envelope = EventEnvelope.Parse(Payloads.Text("event-message-python-sdk.json"));

        Assert.Equal("U333", envelope?.AuthorizedUserId);
        Assert.Equal("<@U111> Hi here!", envelope?.Event?.Text);
        Assert.Null(envelope?.Event?.ThreadTs);
    }

    [Fact]
    public void EventEnvelope_UrlVerification_ReadsTheChallenge()
    {
        var envelope = EventEnvelope.Parse(Payloads.Text("url-verification-docs.json"));

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", envelope?.Challenge);
    }
}
