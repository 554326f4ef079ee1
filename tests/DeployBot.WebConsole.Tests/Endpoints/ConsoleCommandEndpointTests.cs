using System.Net;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.WebConsole.Feed;
using DeployBot.WebConsole.Tests.Infrastructure;
using NSubstitute;

namespace DeployBot.WebConsole.Tests.Endpoints;

public sealed class ConsoleCommandEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Command_DeployPlan_StartsTheEngineAsTheConsoleUserInReleases()
    {
        await using var server = await ConsoleTestServer.StartAsync(new Dictionary<string, string?> { ["Console:UserName"] = "Robin" });
        server.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-1", "Drafting the production plan"));

        using var response = await server.Client.PostJsonAsync("/console/commands", new { text = "/deploy-plan NOTES=\"Add index\" ENVIRONMENT=production" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.ReadJsonAsync();
        Assert.Equal("accepted", reply.GetProperty("kind").GetString());
        await server.Engine.Received(1).StartAsync(
            Arg.Is<StartRequest>(r => r.ArgumentText == "NOTES=\"Add index\" ENVIRONMENT=production"
                && r.Requester.Platform == Platforms.Console && r.Requester.UserName == "Robin" && r.Requester.ChannelId == "releases"
                && r.DeliveryId != null),
            Arg.Any<CancellationToken>());
        var notice = Assert.Single(server.Feed.ChangesSince(0).Messages, m => m.Kind == FeedMessageKind.Notice);
        Assert.Equal("Drafting the production plan", notice.Text);
    }

    [Fact]
    public async Task Command_EngineAsksForParameters_ReturnsTheFormWithFieldNames()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        var form = new ParameterForm("form-7", "Deployment plan", [
            new FormField(RequestField.Environment, "Environment", FormFieldKind.Choice, true, null, "Choose an environment.",
                [new FormChoice("production", "production")], 40, null),
        ]);
        server.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(form));

        using var response = await server.Client.PostJsonAsync("/console/commands", new { text = "/deploy-plan NOTES=x" });

        var reply = await response.ReadJsonAsync();
        Assert.Equal("form", reply.GetProperty("kind").GetString());
        var field = reply.GetProperty("form").GetProperty("fields")[0];
        Assert.Equal("environment", field.GetProperty("field").GetString());
        Assert.Equal("choice", field.GetProperty("kind").GetString());
        Assert.Equal("Choose an environment.", field.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Command_EngineRefuses_ShowsTheReasonAsAnErrorInTheChannel()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        server.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Refused("Unknown environment \"prd\"."));

        using var response = await server.Client.PostJsonAsync("/console/commands", new { text = "/deploy-plan NOTES=x ENVIRONMENT=prd" });

        Assert.Equal("refused", (await response.ReadJsonAsync()).GetProperty("kind").GetString());
        var error = Assert.Single(server.Feed.ChangesSince(0).Messages, m => m.Kind == FeedMessageKind.Error);
        Assert.Equal("Unknown environment \"prd\".", error.Text);
        Assert.Equal("releases", error.Channel);
    }

    [Fact]
    public async Task Command_UnknownSlashCommand_IsRefusedWithoutCallingTheEngine()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostJsonAsync("/console/commands", new { text = "/deploy NOTES=x" });

        Assert.Equal("refused", (await response.ReadJsonAsync()).GetProperty("kind").GetString());
        await server.Engine.DidNotReceiveWithAnyArgs().StartAsync(default!, Ct);
        Assert.Contains(server.Feed.ChangesSince(0).Messages, m => m.Kind == FeedMessageKind.Error && m.Text!.Contains("/deploy-plan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_EmptyText_Is400WithAnExample()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostJsonAsync("/console/commands", new { text = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("/deploy-plan", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("not json")]
    [InlineData("{\"text\": 5}")]
    [InlineData("")]
    public async Task Command_BadJson_Is400NotA500(string body)
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostRawAsync("/console/commands", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("JSON", (await response.ReadJsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_NotJson_Is415()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostRawAsync("/console/commands", "text=hello", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Command_BodyOverTheLimit_Is413()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostJsonAsync("/console/commands", new { text = new string('x', 100_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SubmitForm_ValuesByFieldName_ReachTheEngineAsRequestFields()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        server.Engine.SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-2", "Drafting"));

        using var response = await server.Client.PostJsonAsync("/console/forms/form-9", new { values = new { notes = "Add index", environment = "production", window = "" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.Engine.Received(1).SubmitFormAsync(
            Arg.Is<SubmitForm>(s => s.FormId == "form-9" && s.Values[RequestField.Notes] == "Add index"
                && s.Values[RequestField.Environment] == "production" && s.Values[RequestField.Window] == ""),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task SubmitForm_UnknownField_Is400NamingTheFields()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostJsonAsync("/console/forms/form-9", new { values = new { notez = "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("notes, environment, window, flag", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreadMessage_OnAPlanMessage_UsesTheConsoleThreadOfThatMessage()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        var root = server.Feed.Add(new NewFeedMessage("releases", FeedMessageKind.Drafting, "DeployBot", "Drafting…"));
        server.Engine.HandleThreadMessageAsync(Arg.Any<ThreadMessage>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-1", string.Empty));

        using var response = await server.Client.PostJsonAsync($"/console/threads/{root.Id}", new { text = "What if the migration fails?" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.Engine.Received(1).HandleThreadMessageAsync(
            Arg.Is<ThreadMessage>(m => m.Thread == new ThreadRef(Platforms.Console, "releases", root.Id) && m.Text == "What if the migration fails?"),
            Arg.Any<CancellationToken>());
        var question = Assert.Single(server.Feed.ChangesSince(0).Messages, m => m.ThreadId == root.Id);
        Assert.Equal(FeedMessageKind.User, question.Kind);
        Assert.Equal(1, server.Feed.Find(root.Id)!.ReplyCount);
    }

    [Fact]
    public async Task ThreadMessage_UnknownMessage_Is404()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostJsonAsync("/console/threads/nope", new { text = "hello" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await server.Engine.DidNotReceiveWithAnyArgs().HandleThreadMessageAsync(default!, Ct);
    }

    [Theory]
    [InlineData("regenerate", PlanButton.Regenerate)]
    [InlineData("acknowledge", PlanButton.Acknowledge)]
    public async Task PressButton_KnownButton_PressesItForThePlan(string name, PlanButton expected)
    {
        await using var server = await ConsoleTestServer.StartAsync();
        server.Engine.PressButtonAsync(Arg.Any<ButtonPressed>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-5", "Regenerating"));

        using var response = await server.Client.PostJsonAsync($"/console/plans/plan-5/buttons/{name}", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.Engine.Received(1).PressButtonAsync(
            Arg.Is<ButtonPressed>(b => b.PlanId == "plan-5" && b.Button == expected && b.Presser.Platform == Platforms.Console),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task PressButton_UnknownButton_Is404()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostJsonAsync("/console/plans/plan-5/buttons/delete", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("regenerate, acknowledge and rollback", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_AfterACommand_ListsReleasesAndTheTypedMessage()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        server.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new Ignored("duplicate"));
        using var _ = await server.Client.PostJsonAsync("/console/commands", new { text = "/deploy-plan NOTES=<b>bold</b>" });

        using var response = await server.Client.GetAsync("/console/state", Ct);

        var state = await response.ReadJsonAsync();
        Assert.Equal("releases", state.GetProperty("channels")[0].GetString());
        var typed = state.GetProperty("messages").EnumerateArray().First(m => m.GetProperty("kind").GetString() == "user");
        Assert.Equal("/deploy-plan NOTES=<b>bold</b>", typed.GetProperty("text").GetString());
    }
}
