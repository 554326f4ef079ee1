using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Testing.Teams;

namespace DeployBot.Host.Tests.Teams;

/// <summary>Whole Teams conversations through the real host, engine, worker, storage and offline planner.</summary>
public sealed class TeamsFlowTests : IAsyncLifetime
{
    private TeamsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await TeamsHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ChannelCommand_PostsDraftingThenThePlanInTheReleaseChannelMentioningOnCall()
    {
        var command = _host.Activities.ChannelMention("19:dev-team@thread.tacv2", "deploy-plan NOTES=\"Add index on orders.created_at\" ENVIRONMENT=prod WINDOW=\"Sat 02:00-04:00 UTC\"");

        using var response = await _host.PostAsync(command);
        var plan = await _host.WaitForPlanAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var drafting = Assert.Single(_host.Connector.CallsOf(ConnectorOperations.CreateConversation));
        Assert.Equal(TeamsHost.ReleaseChannel, (string?)drafting.Body["channelData"]!["channel"]!["id"]);
        Assert.Equal(drafting.AssignedId, plan.ActivityId);
        var mention = plan.ActivityBody!["entities"]!.AsArray().Single()!;
        Assert.Equal(TeamsHost.OnCallId, (string?)mention["mentioned"]!["id"]);
        Assert.Contains("<at>Production On-Call</at>", plan.Card!["body"]!.ToJsonString().Replace("\\u003C", "<", StringComparison.Ordinal).Replace("\\u003E", ">", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("Bearer " + _host.Issuer.LastAccessToken, plan.Authorization);
        await _host.WaitForAsync(call => call.Operation == ConnectorOperations.SendToConversation
            && call.ConversationId == (string?)command["conversation"]!["id"]
            && call.Text?.Contains("ready", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task MissingParameter_CardThenInvalidSubmitShowsErrorsThenValidSubmitPostsThePlan()
    {
        var command = _host.Activities.Personal("deploy-plan ENVIRONMENT=prod");

        await _host.PostAsync(command);
        var form = await _host.WaitForAsync(call => call.Card?["body"] is JsonArray body && body.Any(e => (string?)e!["id"] == "Notes"));
        var formId = (string?)form.Card!["actions"]![0]!["data"]!["formId"];
        var invalid = new JsonObject { ["deploybot"] = "submit-form", ["formId"] = formId, ["Notes"] = "", ["Environment"] = "production", ["Window"] = "", ["Flag"] = "" };
        await _host.PostAsync(_host.Activities.CardSubmit(command, form.AssignedId!, invalid));
        var errors = await _host.WaitForAsync(call => call.Operation == ConnectorOperations.UpdateActivity && call.ActivityId == form.AssignedId);
        var valid = new JsonObject { ["deploybot"] = "submit-form", ["formId"] = formId, ["Notes"] = "Rotate JWT signing keys", ["Environment"] = "production", ["Window"] = "Sat 02:00-04:00 UTC", ["Flag"] = "" };
        await _host.PostAsync(_host.Activities.CardSubmit(command, form.AssignedId!, valid));
        var plan = await _host.WaitForPlanAsync();

        Assert.Contains(errors.Card!["body"]!.AsArray(), e => (string?)e!["color"] == "Attention");
        Assert.NotNull(errors.Card!["actions"]);
        var confirmation = _host.Connector.CallsOf(ConnectorOperations.UpdateActivity).First(c => c.ActivityId == form.AssignedId && c.Card!["actions"] is null);
        Assert.NotNull(confirmation);
        Assert.Contains("Rotate JWT signing keys", plan.Visible, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionInThePlansThread_IsAnsweredInThatThread()
    {
        await _host.PostAsync(_host.Activities.ChannelMention("19:dev-team@thread.tacv2", "deploy-plan NOTES=\"Add index on orders.created_at\" ENVIRONMENT=prod WINDOW=\"Sat 02:00-04:00 UTC\""));
        var plan = await _host.WaitForPlanAsync();
        var thread = plan.ConversationId!;

        using var response = await _host.PostAsync(_host.Activities.ThreadReply(TeamsHost.ReleaseChannel, plan.ActivityId!, "what is the first rollback trigger?"));
        var answer = await _host.WaitForAsync(call => call.Operation is ConnectorOperations.SendToConversation or ConnectorOperations.ReplyToActivity
            && call.ConversationId == thread && !string.IsNullOrWhiteSpace(call.Text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(answer.Text!);
    }

    [Fact]
    public async Task Command_WithATokenForAnotherBot_Is401AndTeamsHearsNothing()
    {
        var token = _host.Issuer.MintToken(new TokenRequest("99999999-0000-0000-0000-000000000000", _host.Connector.ServiceUrl));

        using var response = await _host.PostAsync(_host.Activities.ChannelMention("19:dev-team@thread.tacv2", "deploy-plan NOTES=x ENVIRONMENT=prod"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Connector.Calls);
    }
}
