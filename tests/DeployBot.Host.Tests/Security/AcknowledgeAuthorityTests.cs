using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Slack;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Security;

/// <summary>
/// Issue 19 item 3 through the real host and the fake Slack: production's on-call is the user group S0SREONCALL, so
/// only its members (from <c>usergroups.users.list</c>) may acknowledge; anyone else in the channel is told so and
/// nothing changes.
/// </summary>
public sealed class AcknowledgeAuthorityTests : IAsyncLifetime
{
    private const string SreMember = "U0SRE00001";
    private SlackHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await SlackHost.StartAsync();
        _host.Slack.Answer("usergroups.users.list", call => call["usergroup"] == "S0SREONCALL"
            ? new JsonObject { ["ok"] = true, ["users"] = new JsonArray(SreMember, "U0SRE00002") }
            : new JsonObject { ["ok"] = false, ["error"] = "no_such_subteam" });
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Acknowledge_ByAChannelMemberWhoIsNotOnCall_IsRefusedEphemerallyAndChangesNothing()
    {
        var planId = await PostPlanAsync();
        var updatesBefore = _host.Slack.CallsTo("chat.update").Count;
        var responseUrl = _host.Slack.NewResponseUrl();

        using var response = await _host.PostFormAsync("/slack/interactivity", Press(planId, SlackHost.RequesterId, responseUrl));
        var told = await _host.Slack.WaitForCallAsync("response_url", call => call.Path.EndsWith(new Uri(responseUrl).AbsolutePath, StringComparison.Ordinal), TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only the production on-call", told["text"], StringComparison.Ordinal);
        Assert.Equal(updatesBefore, _host.Slack.CallsTo("chat.update").Count);
        Assert.DoesNotContain(_host.Slack.CallsTo("chat.update"), call => call.BlockText.Contains("Acknowledged by", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Acknowledge_ByAMemberOfTheOnCallGroup_IsShownOnThePlan()
    {
        var planId = await PostPlanAsync();

        using var response = await _host.PostFormAsync("/slack/interactivity", Press(planId, SreMember, _host.Slack.NewResponseUrl()));
        var refreshed = await _host.WaitForPlanAsync(call => call.BlockText.Contains("Acknowledged by", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SreMember, refreshed.BlockText + refreshed.RawBody, StringComparison.Ordinal);
    }

    private async Task<string> PostPlanAsync()
    {
        await _host.PostFormAsync("/slack/commands", _host.Command("NOTES=\"Adds an orders index\" ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\"", _host.Slack.NewResponseUrl(), "1.2.trigger"));
        var plan = await _host.WaitForPlanAsync(call => call.BlockText.Contains("Deployment Steps", StringComparison.Ordinal));
        return FindButtonValue(plan.Body, "acknowledge") ?? throw new InvalidOperationException("The plan has no Acknowledge button.");
    }

    private static string Press(string planId, string userId, string responseUrl)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = userId.ToLowerInvariant(), ["team_id"] = FakeSlackApi.TeamId },
            ["api_app_id"] = "A0DEPLOYBOT",
            ["team"] = new JsonObject { ["id"] = FakeSlackApi.TeamId, ["domain"] = "fake" },
            ["channel"] = new JsonObject { ["id"] = SlackHost.ReleaseChannel, ["name"] = "releases" },
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
            ["response_url"] = responseUrl,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = "acknowledge", ["block_id"] = "plan-actions", ["value"] = planId, ["type"] = "button", ["action_ts"] = "1718000200.000100",
            }),
        };
        return "payload=" + Uri.EscapeDataString(payload.ToJsonString());
    }

    private static string? FindButtonValue(JsonNode? node, string actionId) => node switch
    {
        JsonObject obj when (string?)obj["action_id"] == actionId => (string?)obj["value"],
        JsonObject obj => obj.Select(pair => FindButtonValue(pair.Value, actionId)).FirstOrDefault(value => value is not null),
        JsonArray array => array.Select(item => FindButtonValue(item, actionId)).FirstOrDefault(value => value is not null),
        _ => null,
    };
}
