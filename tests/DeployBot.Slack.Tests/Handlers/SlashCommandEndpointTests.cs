using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Slack.Tests.Support;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace DeployBot.Slack.Tests.Handlers;

public sealed class SlashCommandEndpointTests : IAsyncLifetime
{
    private SlackTestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await SlackTestApp.StartAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Command_CompleteArguments_AnswersWithTheEnginesEphemeralAcknowledgement()
    {
        _app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>())
            .Returns(new Accepted("plan-1", "Drafting the production plan — it will appear in <#C0RELEASES1>"));
        var responseUrl = _app.Slack.NewResponseUrl();

        var response = await _app.PostFormAsync("/slack/commands", SlackBodies.Command("NOTES=\"fix & ship\" ENVIRONMENT=prod", responseUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Equal("Drafting the production plan — it will appear in <#C0RELEASES1>", body["text"]!.GetValue<string>());
        await _app.Engine.Received(1).StartAsync(
            Arg.Is<StartRequest>(r => r.ArgumentText == "NOTES=\"fix & ship\" ENVIRONMENT=prod"
                && r.Requester == new Requester("slack", "U2CERLKJA", "roadrunner", "G8PSS9T3V", responseUrl)
                && r.DeliveryId != null),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Command_SomethingMissing_OpensTheModalWithTheTriggerIdAndAnswersEmpty()
    {
        _app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(Form()));

        var response = await _app.PostFormAsync("/slack/commands", SlackBodies.Command("ENVIRONMENT=prod", _app.Slack.NewResponseUrl(), "111.222.trigger"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var open = Assert.Single(_app.Slack.CallsTo("views.open"));
        Assert.Equal("111.222.trigger", open["trigger_id"]);
        Assert.Equal("deploy_plan_form", open.Body["view"]!["callback_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_ModalCannotOpen_TellsThePersonWhatToTypeInstead()
    {
        _app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(Form()));
        _app.Slack.FailNext("views.open", Testing.Slack.SlackFailure.ApiError("expired_trigger_id"));

        var response = await _app.PostFormAsync("/slack/commands", SlackBodies.Command("ENVIRONMENT=prod", _app.Slack.NewResponseUrl()));

        var text = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["text"]!.GetValue<string>();
        Assert.Contains("expired_trigger_id", text, StringComparison.Ordinal);
        Assert.Contains("Missing: NOTES", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_Refused_AnswersWithTheProblem()
    {
        _app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>())
            .Returns(new Refused("Unknown environment 'prdo'. Known: production (alias prod), staging."));

        var response = await _app.PostFormAsync("/slack/commands", SlackBodies.Command("NOTES=x ENVIRONMENT=prdo", _app.Slack.NewResponseUrl()));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("Unknown environment 'prdo'. Known: production (alias prod), staging.", body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_EngineSlowerThanSlackWaits_AnswersInTimeAndFollowsUpByResponseUrl()
    {
        var engineReply = new TaskCompletionSource<EngineReply>();
        _app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(engineReply.Task);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await _app.PostFormAsync("/slack/commands", SlackBodies.Command("NOTES=x ENVIRONMENT=prod", _app.Slack.NewResponseUrl()));
        var answeredAfter = clock.Elapsed;
        engineReply.SetResult(new Accepted("plan-9", "Drafting the production plan"));

        Assert.True(answeredAfter < TimeSpan.FromSeconds(3), $"answered after {answeredAfter}");
        Assert.Contains("Working on it", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var followUp = await _app.Slack.WaitForCallAsync("response_url", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("Drafting the production plan", followUp["text"]);
    }

    [Fact]
    public async Task Command_EngineThrows_AnswersWithAClearMessageNotA500()
    {
        _app.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("storage down"));

        var response = await _app.PostFormAsync("/slack/commands", SlackBodies.Command("NOTES=x ENVIRONMENT=prod", _app.Slack.NewResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("could not take the request", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_SslCheck_AnswersOkWithoutDoingAnything()
    {
        using var content = new StringContent("token=xyz&ssl_check=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await _app.Client.PostAsync("/slack/commands", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Engine.ReceivedCalls());
    }

    internal static ParameterForm Form() =>
        new("form-1", "Deployment plan", [
            new FormField(RequestField.Notes, "Release notes", FormFieldKind.MultilineText, true, null, null, [], 4000, null),
            new FormField(RequestField.Environment, "Environment", FormFieldKind.Choice, true, "production", null, [new("production", "production"), new("staging", "staging")], 50, null),
            new FormField(RequestField.Window, "Window", FormFieldKind.Text, true, null, null, [], 200, null),
            new FormField(RequestField.Flag, "Flag", FormFieldKind.Text, false, null, null, [], 100, null),
        ]);
}
