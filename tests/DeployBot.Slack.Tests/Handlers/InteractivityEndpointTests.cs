using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Slack.Rendering;
using DeployBot.Slack.Tests.Support;
using NSubstitute;

namespace DeployBot.Slack.Tests.Handlers;

public sealed class InteractivityEndpointTests : IAsyncLifetime
{
    private SlackTestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await SlackTestApp.StartAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ViewSubmission_InvalidValues_ShowsErrorsInlineByBlockId()
    {
        var form = SlashCommandEndpointTests.Form();
        var withErrors = form with { Fields = [form.Fields[0] with { Error = "Release notes are required." }, .. form.Fields.Skip(1)] };
        _app.Engine.SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(withErrors));

        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(Submission(notes: "  ")));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("errors", body["response_action"]!.GetValue<string>());
        Assert.Equal("Release notes are required.", body["errors"]!["notes"]!.GetValue<string>());
        await _app.Engine.Received(1).SubmitFormAsync(
            Arg.Is<SubmitForm>(s => s.FormId == "form-1" && s.Values[RequestField.Notes] == null && s.Values[RequestField.Environment] == "production"
                && s.Requester.ChannelId == "C0FROM" && s.Requester.UserId == "U12345678"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ViewSubmission_Accepted_ClosesTheModalAndTellsTheRequesterByResponseUrl()
    {
        _app.Engine.SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-1", "Drafting the production plan"));

        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(Submission(notes: "Adds checkout-v2")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var told = await _app.Slack.WaitForCallAsync("response_url", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("Drafting the production plan", told["text"]);
    }

    [Fact]
    public async Task ViewSubmission_Refused_ReplacesTheModalWithTheReason()
    {
        _app.Engine.SubmitFormAsync(Arg.Any<SubmitForm>(), Arg.Any<CancellationToken>()).Returns(new Refused("Only release managers may ask for production plans."));

        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(Submission(notes: "x")));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("update", body["response_action"]!.GetValue<string>());
        Assert.Contains("Only release managers", body["view"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewSubmission_OtherCallbackId_IsAcknowledgedAndIgnored()
    {
        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(Payloads.Json("view-submission-java-sdk.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Engine.ReceivedCalls());
    }

    [Fact]
    public async Task BlockActions_AcknowledgeButton_PressesItForThatPlanAsThatPerson()
    {
        _app.Engine.PressButtonAsync(Arg.Any<ButtonPressed>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-77", "Acknowledged."));
        var payload = Payloads.Json("block-actions-docs-example.json");
        payload["actions"]![0]!["action_id"] = "acknowledge";
        payload["actions"]![0]!["value"] = "plan-77";
        payload["response_url"] = _app.Slack.NewResponseUrl();

        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _app.Engine.Received(1).PressButtonAsync(
            Arg.Is<ButtonPressed>(p => p.PlanId == "plan-77" && p.Button == PlanButton.Acknowledge && p.Presser.UserId == "UA8RXUSPL" && p.Presser.ChannelId == "CBR2V3XEX"),
            Arg.Any<CancellationToken>());
        Assert.Equal("Acknowledged.", (await _app.Slack.WaitForCallAsync("response_url", cancellationToken: TestContext.Current.CancellationToken))["text"]);
    }

    [Fact]
    public async Task BlockActions_ChecklistTick_TicksThatStepOfThatVersionAndTellsOnlyARefusal()
    {
        _app.Engine.TickStepsAsync(Arg.Any<StepsTicked>(), Arg.Any<CancellationToken>()).Returns(new Refused("Only people who may request production plans can tick off its steps."));
        var responseUrl = _app.Slack.NewResponseUrl();

        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(ChecklistTick("checklist:plan-77:2:11:100", ["11", "13"], responseUrl)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await _app.Engine.Received(1).TickStepsAsync(
            Arg.Is<StepsTicked>(t => t.PlanId == "plan-77" && t.Version == 2 && t.Changes.SequenceEqual(new[] { new StepChange(13, true) }) && t.Presser.UserId == "UA8RXUSPL"),
            Arg.Any<CancellationToken>());
        Assert.StartsWith("Only people who may request", (await _app.Slack.WaitForCallAsync("response_url", cancellationToken: TestContext.Current.CancellationToken))["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockActions_ChecklistWithAnAlteredBlockId_IsToldAndNothingIsTicked()
    {
        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(ChecklistTick("checklist:plan-77:two:1:0", ["1"], _app.Slack.NewResponseUrl())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nothing was ticked", (await _app.Slack.WaitForCallAsync("response_url", cancellationToken: TestContext.Current.CancellationToken))["text"], StringComparison.Ordinal);
        Assert.Empty(_app.Engine.ReceivedCalls());
    }

    /// <summary>The docs' block_actions example with its button turned into a checkboxes action (bolt-js <c>CheckboxesAction</c>).</summary>
    private static JsonObject ChecklistTick(string blockId, string[] selected, string responseUrl)
    {
        var payload = Payloads.Json("block-actions-docs-example.json");
        payload["response_url"] = responseUrl;
        payload["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "checkboxes",
            ["action_id"] = "checklist",
            ["block_id"] = blockId,
            ["selected_options"] = new JsonArray(selected.Select(value => (JsonNode)new JsonObject
            {
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = $"{value}. a step", ["emoji"] = true },
                ["value"] = value,
            }).ToArray()),
            ["action_ts"] = "1548426417.840180",
        });
        return payload;
    }

    [Fact]
    public async Task BlockActions_UnknownButton_IsIgnored()
    {
        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(Payloads.Json("block-actions-in-thread.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Engine.ReceivedCalls());
    }

    [Fact]
    public async Task ViewClosed_IsAcknowledged()
    {
        var payload = Submission("x");
        payload["type"] = "view_closed";
        payload["is_cleared"] = false;

        var response = await _app.PostFormAsync("/slack/interactivity", SlackBodies.Interaction(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Engine.ReceivedCalls());
    }

    [Fact]
    public async Task Post_NoPayloadField_Answers400()
    {
        var response = await _app.PostFormAsync("/slack/interactivity", "something=else");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private JsonObject Submission(string notes)
    {
        var metadata = new FormMetadata("form-1", "U12345678", "user-name", "C0FROM", _app.Slack.NewResponseUrl()).Serialize();
        return Payloads.ViewSubmission(metadata, new Dictionary<string, string?> { ["notes"] = notes, ["environment"] = "production", ["window"] = null, ["flag"] = null });
    }
}
