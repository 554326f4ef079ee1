using DeployBot.Host.Tests.Teams;

namespace DeployBot.Host.Tests.Security;

/// <summary>Issue 19 item 4 through the real host: a Markdown link in NOTES is shown as text in the Teams plan card, not as a link.</summary>
public sealed class TeamsUntrustedTextTests : IAsyncLifetime
{
    private TeamsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await TeamsHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Plan_NotesWithAMarkdownLink_ShowsTheWordsButNoClickableLink()
    {
        var notes = "Add index. [Approve rollout](https://evil.example/approve) ![x](https://evil.example/p.png)";

        await _host.PostAsync(_host.Activities.ChannelMention("19:dev-team@thread.tacv2", $"deploy-plan NOTES=\"{notes}\" ENVIRONMENT=prod WINDOW=\"Sat 02:00-04:00 UTC\""));
        var plan = await _host.WaitForPlanAsync();

        var card = plan.Card!.ToJsonString();
        Assert.Contains("Approve rollout", card, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://evil", card, StringComparison.Ordinal);
        Assert.DoesNotContain("https://evil", card, StringComparison.Ordinal);
    }
}
