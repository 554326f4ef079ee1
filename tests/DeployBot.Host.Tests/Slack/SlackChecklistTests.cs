using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Slack;

/// <summary>
/// Issue 18's checklist through the real host and the fake Slack: a tick in the plan message's checkboxes is
/// acknowledged at once, and chat.update then shows who ticked the step and the progress; production allows only
/// its AllowedUsers, so anyone else is told so ephemerally and the plan does not change.
/// </summary>
public sealed class SlackChecklistTests : IAsyncLifetime
{
    private const string Ticker = "U0TICKER01";
    private const string Outsider = "U0OUTSIDE1";
    private SlackHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await SlackHost.StartAsync(new Dictionary<string, string?>
    {
        ["Environments:production:AllowedUsers:0"] = SlackHost.RequesterId,
        ["Environments:production:AllowedUsers:1"] = Ticker,
    });

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Tick_ByAnAllowedPerson_AcksWithin3SecondsThenThePlanShowsWhoAndTheProgress()
    {
        var plan = await PostPlanAsync();
        var first = FirstChecklistBlock(plan);
        var steps = first["elements"]![0]!["options"]!.AsArray().Count;
        Assert.Contains("0/", plan.BlockText, StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();

        using var response = await _host.PostFormAsync("/slack/interactivity", Tick(first, Ticker, _host.Slack.NewResponseUrl(), "1"));
        var ackedAfter = clock.Elapsed;
        var updated = await _host.WaitForPlanAsync(call => call.BlockText.Contains($"Done by <@{Ticker}>", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(Ct));
        Assert.True(ackedAfter < TimeSpan.FromSeconds(3), $"acknowledged after {ackedAfter}");
        Assert.Equal(plan["ts"], updated["ts"]);
        Assert.Contains($"Checklist: 1/{TotalSteps(plan)} steps done.", updated.BlockText, StringComparison.Ordinal);
        var ticked = FirstChecklistBlock(updated)["elements"]![0]!["initial_options"]!.AsArray();
        Assert.Equal("1", (string?)Assert.Single(ticked)!["value"]);
        Assert.True(steps is >= 1 and <= 10);
    }

    [Fact]
    public async Task Tick_BySomeoneNotAllowedToRequestProductionPlans_IsToldEphemerallyAndThePlanStays()
    {
        var plan = await PostPlanAsync();
        var updatesBefore = _host.Slack.CallsTo("chat.update").Count;
        var responseUrl = _host.Slack.NewResponseUrl();

        using var response = await _host.PostFormAsync("/slack/interactivity", Tick(FirstChecklistBlock(plan), Outsider, responseUrl, "1"));
        var told = await _host.Slack.WaitForCallAsync("response_url", call => call.Path.EndsWith(new Uri(responseUrl).AbsolutePath, StringComparison.Ordinal), TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only people who may request production plans can tick off its steps", told["text"], StringComparison.Ordinal);
        Assert.Equal(updatesBefore, _host.Slack.CallsTo("chat.update").Count);
    }

    private async Task<SlackApiCall> PostPlanAsync()
    {
        await _host.PostFormAsync("/slack/commands", _host.Command("NOTES=\"Adds an orders index\" ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\"", _host.Slack.NewResponseUrl(), "1.2.trigger"));
        return await _host.WaitForPlanAsync(call => call.BlockText.Contains("Deployment Steps", StringComparison.Ordinal));
    }

    private static JsonObject FirstChecklistBlock(SlackApiCall plan) =>
        plan.Blocks.OfType<JsonObject>().First(block => ((string?)block["block_id"])?.StartsWith("checklist:", StringComparison.Ordinal) == true);

    private static int TotalSteps(SlackApiCall plan) =>
        plan.Blocks.OfType<JsonObject>().Where(block => ((string?)block["block_id"])?.StartsWith("checklist:", StringComparison.Ordinal) == true)
            .Sum(block => block["elements"]![0]!["options"]!.AsArray().Count);

    /// <summary>A block_actions payload for the checkboxes element of <paramref name="block"/>, with <paramref name="ticked"/> selected now.</summary>
    private static string Tick(JsonObject block, string userId, string responseUrl, params string[] ticked)
    {
        var options = block["elements"]![0]!["options"]!.AsArray();
        var selected = new JsonArray(options.Where(option => ticked.Contains((string?)option!["value"])).Select(option => option!.DeepClone()).ToArray());
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = userId.ToLowerInvariant(), ["name"] = userId.ToLowerInvariant(), ["team_id"] = FakeSlackApi.TeamId },
            ["api_app_id"] = "A0DEPLOYBOT",
            ["token"] = "verification-token",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1718000100.000100", ["channel_id"] = SlackHost.ReleaseChannel, ["is_ephemeral"] = false },
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
            ["team"] = new JsonObject { ["id"] = FakeSlackApi.TeamId, ["domain"] = "fake" },
            ["channel"] = new JsonObject { ["id"] = SlackHost.ReleaseChannel, ["name"] = "releases" },
            ["response_url"] = responseUrl,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "checkboxes",
                ["action_id"] = "checklist",
                ["block_id"] = (string?)block["block_id"],
                ["selected_options"] = selected,
                ["action_ts"] = $"1718000{Random.Shared.Next(100, 999)}.000200",
            }),
        };
        return "payload=" + Uri.EscapeDataString(payload.ToJsonString());
    }
}
