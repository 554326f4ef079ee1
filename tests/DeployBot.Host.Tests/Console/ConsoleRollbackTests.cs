using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Host.Tests.Infrastructure;

namespace DeployBot.Host.Tests.Console;

/// <summary><c>rollback</c> in a plan's thread in the local console, and the plan's Rollback plan button, through the real host and its JSON endpoints.</summary>
public sealed class ConsoleRollbackTests : IAsyncLifetime
{
    private const string Command = "/deploy-plan NOTES=\"Drop the legacy users.password_md5 column; new Stripe webhook\" ENVIRONMENT=production WINDOW=\"Sat 22:00-23:00 UTC\" FLAG=login-v2";
    private readonly DeployBotApplication _app = new();
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _client = _app.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task RollbackInThePlansThread_IsAcceptedAtOnceThenTheRollbackPlanAppearsInThatThread()
    {
        var plan = await PostPlanAsync();
        var root = plan.GetProperty("id").GetString()!;

        using var response = await PostAsync($"/console/threads/{root}", new { text = "rollback" });
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var rollback = (await WaitForAsync(m => m.GetProperty("kind").GetString() == "rollback" && m.GetProperty("threadId").GetString() == root)).GetProperty("rollback");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("accepted", reply.GetProperty("kind").GetString());
        Assert.Contains("rollback plan for version 1", reply.GetProperty("message").GetString(), StringComparison.Ordinal);
        var sections = rollback.GetProperty("sections").EnumerateArray().ToArray();
        Assert.Equal(RollbackSections.InOrder, sections.Select(section => section.GetProperty("heading").GetString()));
        var steps = sections[2].GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal([1, 2], steps.Take(2).Select(step => step.GetProperty("number").GetInt32()));
        Assert.Contains("Turn login-v2 off", steps[1].GetProperty("action").GetString(), StringComparison.Ordinal);
        Assert.Contains(steps, step => step.GetProperty("action").GetString()!.Contains("users.password_md5", StringComparison.Ordinal));
        Assert.All(steps, step => Assert.False(string.IsNullOrWhiteSpace(step.GetProperty("check").GetString())));
        Assert.All(sections.Where((_, index) => index != 2), section => Assert.Empty(section.GetProperty("steps").EnumerateArray()));
        Assert.Contains("offline planner", rollback.GetProperty("notice").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollbackPlanButton_IsHighlightedOnAProductionPlan_AndPostsInThePlansThread()
    {
        var plan = await PostPlanAsync();
        var view = plan.GetProperty("plan");

        using var response = await PostAsync($"/console/plans/{view.GetProperty("planId").GetString()}/buttons/rollback", new { });
        await WaitForAsync(m => m.GetProperty("kind").GetString() == "rollback" && m.GetProperty("threadId").GetString() == plan.GetProperty("id").GetString());

        Assert.True(view.GetProperty("highlightRollback").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> PostPlanAsync()
    {
        using var response = await PostAsync("/console/commands", new { text = Command });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await WaitForAsync(m => m.GetProperty("kind").GetString() == "plan" && m.GetProperty("threadId").ValueKind == JsonValueKind.Null);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Origin", "http://localhost");
        return await _client.SendAsync(request, Ct);
    }

    /// <summary>The first console message matching <paramref name="match"/>, from <c>/console/state</c> as the page reads it.</summary>
    private async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var state = await _client.GetFromJsonAsync<JsonElement>("/console/state", Ct);
            var found = state.GetProperty("messages").EnumerateArray().Where(match).ToArray();
            if (found.Length > 0)
            {
                return found[0];
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), "Timed out; the console shows: " + state.GetProperty("messages"));
            await Task.Delay(100, Ct);
        }
    }
}
