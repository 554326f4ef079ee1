using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Teams.Tests.Infrastructure;
using DeployBot.Testing.Teams;
using NSubstitute;

namespace DeployBot.Teams.Tests.Handling;

/// <summary>Real-shaped activities through the endpoint: what the engine is asked, and what the user sees via the connector.</summary>
public sealed class ActivityHandlingTests
{
    private const string ReleaseChannel = "19:production-releases@thread.tacv2";
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChannelMention_Command_StartsWithStrippedArgumentsAndRepliesInTheThread()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        StartRequest? seen = null;
        bot.Engine.StartAsync(Arg.Do<StartRequest>(r => seen = r), Arg.Any<CancellationToken>())
            .Returns(new Accepted("plan-1", "Drafting the production plan; it will appear in the release channel."));

        using var response = await bot.PostAsync(bot.Payload("channel-mention.json"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(seen);
        Assert.Equal("NOTES=\"Add index on orders.created_at\" ENVIRONMENT=prod", seen.ArgumentText);
        Assert.Equal(new Requester(Platforms.Teams, TeamsActivities.UserAadId, TeamsActivities.UserName, ReleaseChannel, seen.Requester.ReplyAddress), seen.Requester);
        Assert.Contains("\"conversationId\":\"19:production-releases@thread.tacv2;messageid=1759944781430\"", seen.Requester.ReplyAddress, StringComparison.Ordinal);
        var reply = Assert.Single(bot.Connector.Calls);
        Assert.Equal(ConnectorOperations.ReplyToActivity, reply.Operation);
        Assert.Equal($"{ReleaseChannel};messageid=1759944781430", reply.ConversationId);
        Assert.Equal("1759944781430", reply.ActivityId);
        Assert.Contains("Drafting the production plan", reply.Text, StringComparison.Ordinal);
        Assert.Equal("Bearer " + bot.Issuer.LastAccessToken, reply.Authorization);
    }

    [Fact]
    public async Task PersonalChat_SlashCommand_Starts()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Refused("Unknown environment 'qa'."));

        using var response = await bot.PostAsync(bot.Payload("personal-message.json"), Ct);

        await bot.Engine.Received(1).StartAsync(
            Arg.Is<StartRequest>(r => r.ArgumentText == "NOTES=\"Fix login redirect loop\" ENVIRONMENT=staging" && r.Requester.ChannelId == "a:1pD0J7b3-personal-chat-with-alice"),
            Arg.Any<CancellationToken>());
        Assert.Contains("Unknown environment 'qa'.", Assert.Single(bot.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("what can you do")]
    public async Task PersonalChat_HelpOrUnknown_AnswersWithUsageAndNeverCallsTheEngine(string text)
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);

        using var response = await bot.PostAsync(bot.Activities.Personal(text), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("deploy-plan NOTES=", Assert.Single(bot.Connector.Calls).Text, StringComparison.Ordinal);
        await bot.Engine.DidNotReceive().StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Command_MissingParameters_RepliesWithTheFormCard()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(EngineReplies.Form(notes: "typed notes")));

        await bot.PostAsync(bot.Activities.ChannelMention(ReleaseChannel, "deploy-plan typed notes"), Ct);

        var card = Assert.Single(bot.Connector.Calls).Card!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains(card["body"]!.AsArray(), e => (string?)e!["id"] == "Notes" && (string?)e["value"] == "typed notes");
    }

    [Fact]
    public async Task CardSubmit_WithErrors_UpdatesTheCardInPlace_ThenValidSubmitTurnsItIntoAConfirmation()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        SubmitForm? seen = null;
        bot.Engine.SubmitFormAsync(Arg.Do<SubmitForm>(s => seen = s), Arg.Any<CancellationToken>()).Returns(
            new AskForParameters(EngineReplies.Form(notesError: "NOTES is longer than 4000 characters.")),
            new Accepted("plan-9", "Drafting the production plan."));

        await bot.PostAsync(bot.Payload("card-submit.json"), Ct);
        var retry = bot.Payload("card-submit.json");
        retry["id"] = "1759945399999";
        await bot.PostAsync(retry, Ct);

        Assert.NotNull(seen);
        Assert.Equal("form-42", seen.FormId);
        Assert.Equal("Rotate signing keys", seen.Values[RequestField.Notes]);
        Assert.Equal("production", seen.Values[RequestField.Environment]);
        Assert.Equal("Sat 02:00-04:00 UTC", seen.Values[RequestField.Window]);
        Assert.Equal(string.Empty, seen.Values[RequestField.Flag]);
        var updates = bot.Connector.CallsOf(ConnectorOperations.UpdateActivity);
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.Equal("1759945300000", u.ActivityId));
        Assert.Contains("NOTES is longer than 4000 characters.", updates[0].Visible, StringComparison.Ordinal);
        Assert.Contains("Drafting the production plan.", updates[1].Visible, StringComparison.Ordinal);
        Assert.Null(updates[1].Card!["actions"]);
        Assert.Equal(2, bot.Connector.Calls.Count);
    }

    [Fact]
    public async Task CardSubmit_WhenTheCardCannotBeUpdated_SendsTheCardAnew()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(EngineReplies.Form(notesError: "NOTES is required.")));
        bot.Connector.FailNext(404, operation: ConnectorOperations.UpdateActivity);

        await bot.PostAsync(bot.Payload("card-submit.json"), Ct);

        var sent = bot.Connector.CallsOf(ConnectorOperations.ReplyToActivity);
        Assert.Contains("NOTES is required.", Assert.Single(sent).Visible, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanButton_Acknowledge_PressesTheButtonAsThePresser()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.PressButtonAsync(Arg.Any<ButtonPressed>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-7", "Acknowledged."));
        var template = bot.Activities.ThreadReply(ReleaseChannel, "1760000000001", "x");
        var press = bot.Activities.CardSubmit(template, "1760000000001", new JsonObject { ["deploybot"] = "plan-action", ["planId"] = "plan-7", ["action"] = "acknowledge" });

        await bot.PostAsync(press, Ct);

        await bot.Engine.Received(1).PressButtonAsync(
            Arg.Is<ButtonPressed>(p => p.PlanId == "plan-7" && p.Button == PlanButton.Acknowledge && p.Presser.UserId == TeamsActivities.UserAadId),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task CardSubmit_UnknownData_SaysSoAndDoesNothing()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        var submit = bot.Activities.CardSubmit(bot.Activities.Personal("x"), "1", new JsonObject { ["something"] = "else" });

        await bot.PostAsync(submit, Ct);

        Assert.Contains("out of date", Assert.Single(bot.Connector.Calls).Text, StringComparison.Ordinal);
        await bot.Engine.DidNotReceive().SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ThreadReply_GoesToTheEngineAsAThreadMessage()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-1", string.Empty));

        await bot.PostAsync(bot.Payload("thread-reply.json"), Ct);

        await bot.Engine.Received(1).HandleThreadMessageAsync(
            Arg.Is<ThreadMessage>(m => m.Thread == new ThreadRef(Platforms.Teams, ReleaseChannel, "1760000000001") && m.Text == "what is the first rollback trigger?"),
            Arg.Any<CancellationToken>());
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task ThreadReply_InAThreadThatIsNoPlan_GetsAPointerInsteadOfSilence()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>()).Returns(new Ignored("no plan"));

        await bot.PostAsync(bot.Activities.ThreadReply(ReleaseChannel, "123", "what's up?"), Ct);

        Assert.Contains("deploy-plan", Assert.Single(bot.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivityTwice_IsHandledOnce()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Accepted("p", "ok"));
        var activity = bot.Activities.ChannelMention(ReleaseChannel, "deploy-plan NOTES=x ENVIRONMENT=prod");

        using var first = await bot.PostAsync(activity, Ct);
        using var second = await bot.PostAsync(activity, Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await bot.Engine.Received(1).StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>());
        Assert.Single(bot.Connector.Calls);
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedToTeam_PostsAWelcome()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);

        using var response = await bot.PostAsync(bot.Payload("conversation-update.json"), Ct);

        var welcome = Assert.Single(bot.Connector.Calls);
        Assert.Equal(ConnectorOperations.SendToConversation, welcome.Operation);
        Assert.Equal("19:team-general@thread.tacv2", welcome.ConversationId);
        Assert.Contains("deploy-plan", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ThrottledOnce_IsRetriedAfterRetryAfter()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Connector.FailNext(429, retryAfter: TimeSpan.FromSeconds(1));

        await bot.PostAsync(bot.Activities.Personal("help"), Ct);

        var calls = bot.Connector.Calls;
        Assert.Equal([429, 200], calls.Select(c => c.Status));
    }

    [Fact]
    public async Task Reply_TokenIsRequestedOnceAndReused()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);

        await bot.PostAsync(bot.Activities.Personal("help"), Ct);
        await bot.PostAsync(bot.Activities.Personal("help"), Ct);

        var request = Assert.Single(bot.Issuer.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
        Assert.Equal(bot.Issuer.AppId, request["client_id"]);
    }

    [Fact]
    public async Task InvokeAdaptiveCardAction_AnswersWithTheNextCardInTheResponse()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);
        bot.Engine.SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>()).Returns(new Accepted("p", "Drafting."));
        var invoke = bot.Activities.Personal("x");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "submit", ["data"] = new JsonObject { ["deploybot"] = "submit-form", ["formId"] = "f1", ["Notes"] = "n" } }, ["trigger"] = "manual" };

        using var response = await bot.PostAsync(invoke, Ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("Drafting.", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task Post_NotAnActivity_Returns400()
    {
        await using var bot = await TeamsBot.StartAsync(cancellationToken: Ct);

        using var response = await bot.PostAsync(new JsonObject { ["hello"] = "world", ["serviceUrl"] = bot.Connector.ServiceUrl }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("a=b&c=d")]
    [InlineData("ftp://files.example.com/")]
    [InlineData(null)]
    public async Task EmulatorMode_ActivityWithoutAUsableServiceUrl_Is400WithAReason(string? serviceUrl)
    {
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, cancellationToken: Ct);
        var activity = bot.Activities.Personal("help");
        activity["serviceUrl"] = serviceUrl;

        using var response = await bot.PostAsync(activity, token: null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task EmulatorMode_ServiceUrlNotOnThisMachine_Is401AndNothingIsSent()
    {
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, cancellationToken: Ct);
        var activity = bot.Activities.Personal("deploy-plan NOTES=\"x\" ENVIRONMENT=staging");
        activity["serviceUrl"] = "https://smba.trafficmanager.net/teams/";

        using var response = await bot.PostAsync(activity, token: null, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
        await bot.Engine.DidNotReceiveWithAnyArgs().StartAsync(default!, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.1.2.3", false)]
    [InlineData("203.0.113.9", false)]
    [InlineData("::ffff:127.0.0.1", true)]
    public void EmulatorGuard_CallerAddress_OnlyLoopbackIsLocal(string address, bool local)
    {
        Assert.Equal(local, DeployBot.Teams.Endpoints.EmulatorGuard.IsLocal(System.Net.IPAddress.Parse(address)));
    }

    [Fact]
    public void EmulatorGuard_NoCallerAddress_IsNotLocal()
    {
        Assert.False(DeployBot.Teams.Endpoints.EmulatorGuard.IsLocal((System.Net.IPAddress?)null));
    }

    [Fact]
    public async Task EmulatorMode_AcceptsWithoutTokenAndRepliesWithoutCredentials()
    {
        await using var bot = await TeamsBot.StartAsync(emulatorMode: true, cancellationToken: Ct);

        using var response = await bot.PostAsync(bot.Activities.Personal("help"), token: null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(bot.Connector.Calls).Authorization);
        Assert.Empty(bot.Issuer.TokenRequests);
    }
}
