using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Testing.Teams;

namespace DeployBot.Host.Tests.Teams;

/// <summary>
/// Issue 18's checklist through the real host and the fake Bot Framework connector: "Save progress" on the plan card
/// stores the toggled steps and the card is updated in place (PUT activity) with who ticked them and the progress;
/// someone not allowed to request production plans is answered and the card stays as it was.
/// </summary>
public sealed class TeamsChecklistTests : IAsyncLifetime
{
    private TeamsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await TeamsHost.StartAsync(new Dictionary<string, string?>
    {
        ["Environments:production:AllowedUsers:0"] = TeamsActivities.UserAadId,
    });

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SaveProgress_ByAnAllowedPerson_UpdatesThePlanCardWithWhoAndTheProgress()
    {
        var plan = await PostPlanAsync();
        var (data, steps) = Checklist(plan);

        using var response = await _host.PostAsync(Submit(plan, data, ticked: [1, 2]));
        var updated = await _host.WaitForAsync(call => call.Operation == ConnectorOperations.UpdateActivity && call.ActivityId == plan.ActivityId
            && call.Visible.Contains("done by Alice Example at", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"**Checklist:** 2/{steps} steps done.", updated.Visible, StringComparison.Ordinal);
        var toggles = updated.Card!["body"]!.AsArray().Where(e => (string?)e!["type"] == "Input.Toggle").ToArray();
        Assert.Equal(["true", "true"], toggles.Take(2).Select(t => (string?)t!["value"]));
        Assert.All(toggles.Skip(2), t => Assert.Equal("false", (string?)t!["value"]));
        Assert.Equal("110" + new string('0', steps - 3), (string?)Checklist(updated).Data["shown"]);
    }

    [Fact]
    public async Task SaveProgress_BySomeoneNotAllowed_IsAnsweredAndTheCardStays()
    {
        var plan = await PostPlanAsync();
        var updatesBefore = _host.Connector.CallsOf(ConnectorOperations.UpdateActivity).Count;
        var submit = Submit(plan, Checklist(plan).Data, ticked: [1]);
        submit["from"] = new JsonObject { ["id"] = "29:bob-teams-user-id", ["name"] = "Bob Outsider", ["aadObjectId"] = "0b0b0b0b-0000-4000-8000-000000000b0b" };

        using var response = await _host.PostAsync(submit);
        var answer = await _host.WaitForAsync(call => call.Text?.Contains("Only people who may request production plans", StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(answer);
        Assert.Equal(updatesBefore, _host.Connector.CallsOf(ConnectorOperations.UpdateActivity).Count);
    }

    private async Task<ConnectorCall> PostPlanAsync()
    {
        await _host.PostAsync(_host.Activities.ChannelMention("19:dev-team@thread.tacv2", "deploy-plan NOTES=\"Add index on orders.created_at\" ENVIRONMENT=prod WINDOW=\"Sat 02:00-04:00 UTC\""));
        return await _host.WaitForPlanAsync();
    }

    /// <summary>The "Save progress" submit data on the card, and how many steps it has toggles for.</summary>
    private static (JsonObject Data, int Steps) Checklist(ConnectorCall card)
    {
        var body = card.Card!["body"]!.AsArray();
        var save = body.Single(e => (string?)e!["type"] == "ActionSet")!["actions"]![0]!;
        return ((JsonObject)save["data"]!.DeepClone(), body.Count(e => (string?)e!["type"] == "Input.Toggle"));
    }

    /// <summary>An Action.Submit click in the plan's thread: the submit data merged with every toggle's value.</summary>
    private JsonObject Submit(ConnectorCall plan, JsonObject data, int[] ticked)
    {
        var value = (JsonObject)data.DeepClone();
        var steps = ((string?)data["shown"])!.Length;
        for (var step = 1; step <= steps; step++)
        {
            value[$"step{step}"] = ticked.Contains(step) ? "true" : "false";
        }

        var template = _host.Activities.ThreadReply(TeamsHost.ReleaseChannel, plan.ActivityId!, string.Empty);
        return _host.Activities.CardSubmit(template, plan.ActivityId!, value);
    }
}
