using DeployBot.WebConsole.Feed;

namespace DeployBot.WebConsole.Tests.Feed;

public sealed class ConsoleFeedTests
{
    private static NewFeedMessage Text(string text) => new("releases", FeedMessageKind.User, "Robin", text);

    [Fact]
    public void ChangesSince_AfterAnUpdate_ReturnsOnlyTheChangedMessageInItsOriginalPlace()
    {
        var feed = new ConsoleFeed(TimeProvider.System);
        var first = feed.Add(Text("first"));
        feed.Add(Text("second"));
        var seen = feed.ChangesSince(0).Seq;

        feed.Update(first.Id, m => m with { Text = "first, edited" });

        var changed = Assert.Single(feed.ChangesSince(seen).Messages);
        Assert.Equal("first, edited", changed.Text);
        Assert.Equal(first.Position, changed.Position);
    }

    [Fact]
    public async Task NextChange_CompletesWhenAMessageIsAdded()
    {
        var feed = new ConsoleFeed(TimeProvider.System);
        var next = feed.ChangesSince(0).NextChange;
        Assert.False(next.IsCompleted);

        feed.Add(Text("hello"));

        await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Add_PastTheLimit_DropsTheOldest()
    {
        var feed = new ConsoleFeed(TimeProvider.System);
        var oldest = feed.Add(Text("0"));
        for (var i = 1; i <= ConsoleConstants.MaxMessages; i++)
        {
            feed.Add(Text(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Null(feed.Find(oldest.Id));
        Assert.Equal(ConsoleConstants.MaxMessages, feed.ChangesSince(0).Messages.Count);
    }

    [Fact]
    public void Update_UnknownId_ReturnsNull()
    {
        var feed = new ConsoleFeed(TimeProvider.System);

        Assert.Null(feed.Update("missing", m => m));
    }
}
