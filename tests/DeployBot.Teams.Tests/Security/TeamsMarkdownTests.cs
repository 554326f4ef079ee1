using DeployBot.Teams.Cards;
using DeployBot.Teams.Platform;

namespace DeployBot.Teams.Tests.Security;

/// <summary>Issue 19 item 4: untrusted text reaches Teams Markdown with its words intact and its links, images and mentions inert.</summary>
public sealed class TeamsMarkdownTests
{
    [Theory]
    [InlineData("[Approve rollout](https://evil.example/approve)")]
    [InlineData("![pixel](https://evil.example/track.png)")]
    [InlineData("[Approve][1]\n\n[1]: https://evil.example/approve")]
    [InlineData("<https://evil.example/approve>")]
    [InlineData("see https://evil.example/approve now")]
    [InlineData("see www.evil.example now")]
    public void Neutralise_LinkSyntax_LeavesNothingAMarkdownRendererWouldLink(string text)
    {
        var safe = TeamsMarkdown.Neutralise(text);

        Assert.DoesNotContain("](", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("]:", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("][", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("<h", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("://", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("www.", safe, StringComparison.Ordinal);
        Assert.Equal(text, safe.Replace("\u2060", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Neutralise_MentionTag_IsRemoved()
    {
        Assert.Equal("hi Boss", TeamsMarkdown.Neutralise("hi <at>Boss</at>"));
    }

    [Fact]
    public void NeutraliseKeepingBotLinks_KeepsThePlanPermalinkTheBotBuilt()
    {
        var permalink = TeamsLinks.Message("19:rel@thread.tacv2", "1759944781001", "72f988bf-86f1-41af-91ab-2d7cd011db47");

        var safe = TeamsMarkdown.NeutraliseKeepingBotLinks($"Your plan is ready: {permalink} (notes said [x](https://evil.example))");

        Assert.Contains(permalink, safe, StringComparison.Ordinal);
        Assert.DoesNotContain("https://evil", safe, StringComparison.Ordinal);
    }
}
