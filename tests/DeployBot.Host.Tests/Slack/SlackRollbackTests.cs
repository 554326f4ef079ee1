using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Core.Requests;
using DeployBot.Testing.Model;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Slack;

/// <summary>
/// <c>rollback</c> in a plan's thread, and the plan's Rollback plan button, on Slack: the real host, signed requests, the
/// fake Slack Web API; the offline planner, or the model behind the loopback fake failing.
/// </summary>
public sealed class SlackRollbackTests
{
    private const string Notes = "Drop the legacy users.password_md5 column; new Stripe webhook";
    private const string Window = "Sat 06:00-08:00 UTC";
    private const string Flag = "login-v2";
    private static readonly string Arguments = $"NOTES=\"{Notes}\" ENVIRONMENT=production WINDOW=\"{Window}\" FLAG={Flag}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RollbackMentionInThePlansThread_AcksAtOnceThenPostsTheSixSectionsInOrderNamingTheFlagAndTheRiskyItems()
    {
        await using var host = await SlackHost.StartAsync();
        var planTs = (await PostPlanAsync(host))["ts"]!;

        using var response = await host.PostJsonAsync("/slack/events", SlackPayloads.ThreadMessage("Ev0ROLLBACK1", SlackHost.ReleaseChannel, planTs, "1718000700.000100", $"<@{FakeSlackApi.BotUserId}> rollback"));
        var ack = await host.Slack.WaitForCallAsync("chat.postEphemeral", call => call["thread_ts"] == planTs, TimeSpan.FromSeconds(30), Ct);
        var rollback = await WaitForRollbackAsync(host, planTs);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Writing the detailed rollback plan for version 1", ack["text"], StringComparison.Ordinal);
        var text = rollback.BlockText;
        AssertSectionsInOrder(text);
        var steps = Between(text, RollbackSections.Steps, RollbackSections.DataRecovery);
        Assert.Contains($"2. Turn {Flag} off for everyone", steps, StringComparison.Ordinal);
        Assert.Contains("users.password_md5", steps, StringComparison.Ordinal);
        Assert.Contains("— check:", steps, StringComparison.Ordinal);
        Assert.Contains("Stripe", text, StringComparison.Ordinal);
        Assert.Contains("offline planner", text, StringComparison.Ordinal);
        Assert.Equal(SlackHost.ReleaseChannel, rollback["channel"]);
    }

    [Fact]
    public async Task RollbackPlanButton_OnAProductionPlanIsHighlighted_AndPressingItPostsTheRollbackPlanInThePlansThread()
    {
        await using var host = await SlackHost.StartAsync();
        var plan = await PostPlanAsync(host);
        var button = FindButton(plan.Body, "rollback_plan") ?? throw new InvalidOperationException("The plan has no Rollback plan button.");

        using var response = await host.PostFormAsync("/slack/interactivity", Press((string)button["value"]!, host.Slack.NewResponseUrl()));
        var rollback = await WaitForRollbackAsync(host, plan["ts"]!);

        Assert.Equal("danger", (string?)button["style"]);
        Assert.Equal("Rollback plan", (string?)button["text"]!["text"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSectionsInOrder(rollback.BlockText);
    }

    [Fact]
    public async Task Rollback_WhenTheModelFailsForIt_PostsTheOfflineRollbackPlanSayingTheModelFailed()
    {
        await using var model = await FakeChatCompletionServer.StartAsync(Ct);
        model.Enqueue(FakeModelReply.Content(ValidModelPlans.ForProduction(new DeploymentRequest(Notes, "production", Window, Flag))));
        model.WhenScriptIsEmpty = FakeModelReply.ServerError(500);
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?>
        {
            ["Model:Provider"] = "OpenAICompatible",
            ["Model:Endpoint"] = model.BaseUrl.ToString(),
            ["Model:ModelId"] = "fake-model",
            ["Model:ApiKey"] = "sk-test-rollback",
            ["Model:MaxAttempts"] = "2",
            ["Model:RetryBaseDelayMilliseconds"] = "10",
        });
        var plan = await PostPlanAsync(host);
        Assert.Contains("Written by the language model", plan.BlockText, StringComparison.Ordinal);

        await host.PostJsonAsync("/slack/events", SlackPayloads.ThreadMessage("Ev0ROLLBACK3", SlackHost.ReleaseChannel, plan["ts"]!, "1718000900.000100", "rollback"));
        var rollback = await WaitForRollbackAsync(host, plan["ts"]!);

        Assert.Contains("The language model could not write this plan (the model did not answer after 2 attempts (HTTP 500))", rollback.BlockText, StringComparison.Ordinal);
        Assert.Contains("offline planner", rollback.BlockText, StringComparison.Ordinal);
        AssertSectionsInOrder(rollback.BlockText);
        Assert.Equal(3, model.RequestCount);
    }

    private static async Task<SlackApiCall> PostPlanAsync(SlackHost host)
    {
        await host.PostFormAsync("/slack/commands", host.Command(Arguments, host.Slack.NewResponseUrl(), "4.2.trigger"));
        return await host.WaitForPlanAsync(call => call.BlockText.Contains("Deployment Steps", StringComparison.Ordinal));
    }

    private static Task<SlackApiCall> WaitForRollbackAsync(SlackHost host, string planTs) =>
        host.Slack.WaitForCallAsync(
            "chat.postMessage",
            call => call["thread_ts"] == planTs && call.BlockText.Contains("Rollback plan: production", StringComparison.Ordinal),
            TimeSpan.FromSeconds(45),
            Ct);

    private static void AssertSectionsInOrder(string text)
    {
        var positions = RollbackSections.InOrder.Select(heading => text.IndexOf($"*{heading.Replace("&", "&amp;", StringComparison.Ordinal)}*", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, position => Assert.True(position >= 0, text));
        Assert.Equal(positions.Order(), positions);
    }

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to.Replace("&", "&amp;", StringComparison.Ordinal), start, StringComparison.Ordinal);
        return text[start..end];
    }

    private static string Press(string planId, string responseUrl)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U0BYSTANDER", ["username"] = "bystander", ["team_id"] = FakeSlackApi.TeamId },
            ["api_app_id"] = "A0DEPLOYBOT",
            ["team"] = new JsonObject { ["id"] = FakeSlackApi.TeamId, ["domain"] = "fake" },
            ["channel"] = new JsonObject { ["id"] = SlackHost.ReleaseChannel, ["name"] = "releases" },
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
            ["response_url"] = responseUrl,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = "rollback_plan", ["block_id"] = "plan_actions", ["value"] = planId, ["type"] = "button", ["action_ts"] = "1718000800.000100",
            }),
        };
        return "payload=" + Uri.EscapeDataString(payload.ToJsonString());
    }

    private static JsonObject? FindButton(JsonNode? node, string actionId) => node switch
    {
        JsonObject obj when (string?)obj["action_id"] == actionId => obj,
        JsonObject obj => obj.Select(pair => FindButton(pair.Value, actionId)).FirstOrDefault(found => found is not null),
        JsonArray array => array.Select(item => FindButton(item, actionId)).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
