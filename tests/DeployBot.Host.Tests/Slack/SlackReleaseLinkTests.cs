using System.Net;
using DeployBot.Testing.Sources;

namespace DeployBot.Host.Tests.Slack;

/// <summary>
/// /deploy-plan with NOTES as a link, end to end: the real host, signed Slack requests, the fake Slack Web API and the
/// fake GitHub API read through Octokit. A link that cannot be read never becomes a plan.
/// </summary>
public sealed class SlackReleaseLinkTests : IAsyncLifetime
{
    private const string HeadSha = "6dcb09b5b57875f334f61aebed695e2e4193db5e";
    private FakeGitHubApi _github = null!;
    private SlackHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _github = await FakeGitHubApi.StartAsync(TestContext.Current.CancellationToken);
        _github.Add(new FakePullRequest("acme/shop", 42, "Add invoice due dates", "- ALTER TABLE invoices ADD COLUMN due_date date", HeadSha, [], [new FakeCommit(HeadSha, "Add due_date")]));
        _github.MakePrivate("acme/billing");
        _host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Sources:GitHub:ApiBaseUrl"] = _github.ApiBaseUrl });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _github.DisposeAsync();
    }

    [Fact]
    public async Task Command_LinkThatCannotBeRead_TellsTheRequesterWhichLinkWhyAndTheFix_AndPostsNoPlan()
    {
        var responseUrl = _host.Slack.NewResponseUrl();

        var response = await _host.PostFormAsync("/slack/commands", _host.Command("NOTES=https://github.com/acme/billing/pull/7 ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\"", responseUrl, "1.2.trigger"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = await _host.Slack.WaitForCallAsync(
            "response_url",
            call => call.Path.EndsWith(new Uri(responseUrl).AbsolutePath, StringComparison.Ordinal) && (call["text"] ?? string.Empty).Contains("couldn't read", StringComparison.Ordinal),
            TimeSpan.FromSeconds(45),
            TestContext.Current.CancellationToken);
        Assert.Equal(
            "I couldn't read https://github.com/acme/billing/pull/7: GitHub answered 404 Not Found (a private repository needs Sources:GitHub:Token). No plan was written; fix the link, or paste the release notes as NOTES, and ask again.",
            told["text"]);
        Assert.DoesNotContain(_host.Slack.CallsTo("chat.postMessage"), call => call["channel"] == SlackHost.ReleaseChannel);
        Assert.Empty(_host.Slack.CallsTo("chat.update"));
        Assert.Contains("/repos/acme/billing/pulls/7", _github.Calls.Select(call => call.Path));
    }

    [Fact]
    public async Task Command_ReadableLink_PostsThePlanInTheReleaseChannel()
    {
        await _host.PostFormAsync("/slack/commands", _host.Command("NOTES=https://github.com/acme/shop/pull/42 ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\"", _host.Slack.NewResponseUrl(), "3.4.trigger"));

        var plan = await _host.WaitForPlanAsync();

        Assert.Contains("Deployment Steps", plan.BlockText, StringComparison.Ordinal);
        Assert.Contains("/repos/acme/shop/pulls/42", _github.Calls.Select(call => call.Path));
    }
}
