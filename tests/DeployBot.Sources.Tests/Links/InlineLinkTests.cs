using System.Net;
using System.Net.Sockets;
using DeployBot.Core.Releases;
using DeployBot.Sources.Links;
using DeployBot.Sources.Tests.Support;
using DeployBot.Testing.Sources;

namespace DeployBot.Sources.Tests.Links;

/// <summary>
/// A link inside notes that have their own text is a reference: when it cannot be read, the plan is written from the
/// text and names the unread link, never refused. NOTES that are only a link (or a link and a few request words) still
/// get the one-line error.
/// </summary>
public sealed class InlineLinkTests : IAsyncLifetime
{
    private const string Missing = "https://github.com/acme/shop/pull/4040";

    private FakeGitHubApi _github = null!;

    public async ValueTask InitializeAsync() => _github = await ShopRelease.StartGitHubAsync();

    public ValueTask DisposeAsync() => _github.DisposeAsync();

    [Theory]
    [InlineData("- [Fixed] Retry webhook deliveries after a gateway timeout (" + Missing + ")")]
    [InlineData("* Bumped the minimum supported Python to 3.10, see " + Missing)]
    [InlineData("Changed: invoices now round half-even ([#4040](" + Missing + "))")]
    public async Task ResolveAsync_UnreadableLinkInNotesWithTheirOwnText_PlansFromTheTextAndNamesTheLink(string notes)
    {
        using var sut = new SourcesHarness(SourcesHarness.GitHub(_github.ApiBaseUrl));

        var release = await sut.ResolveAsync(notes);

        Assert.NotNull(release);
        Assert.Equal(notes, release.Text);
        Assert.Equal(Missing, release.Link);
        Assert.StartsWith("not read (GitHub answered 404 Not Found", release.Title, StringComparison.Ordinal);
        Assert.Empty(release.Files);
        Assert.Null(release.Ci);
    }

    [Fact]
    public async Task ResolveAsync_ForgeUnreachableForABulletWithAnInlineLink_StillGivesTheText()
    {
        const string notes = "- [Updated] Updated the test matrix for ruby >= 3.1 (https://github.com/acme/shop/pull/48)";
        var settings = SourcesHarness.GitHub(ClosedPortBase());
        settings["Sources:MaxRetryAttempts"] = "0";
        using var sut = new SourcesHarness(settings);

        var release = await sut.ResolveAsync(notes);

        Assert.Equal(notes, release!.Text);
        Assert.Contains("could not be reached", release.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Missing)]
    [InlineData("ship " + Missing + " tonight")]
    [InlineData("Deploy (" + Missing + ") please")]
    [InlineData("<" + Missing + "|acme/shop#4040> to prod now")]
    public async Task ResolveAsync_UnreadableLinkThatIsTheWholeRequest_IsStillTheOneLineError(string notes)
    {
        using var sut = new SourcesHarness(SourcesHarness.GitHub(_github.ApiBaseUrl));

        var unreadable = await sut.UnreadableAsync(notes);

        Assert.Equal(Missing, unreadable.Link);
        Assert.DoesNotContain('\n', unreadable.Message);
    }

    [Fact]
    public async Task ResolveAsync_ReadableLinkInNotesWithTheirOwnText_IsStillRead()
    {
        using var sut = new SourcesHarness(SourcesHarness.GitHub(_github.ApiBaseUrl));

        var release = await sut.ResolveAsync("- Adds invoice due dates to every invoice (" + ShopRelease.PullLink + ")");

        Assert.Equal("Add invoice due dates (#42)", release!.Title);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("please deploy this to production tonight", false)]
    [InlineData("acme/shop#42 #42 tonight", false)]
    [InlineData("- [Updated] Updated test case for ruby >= 3.0 ( )", true)]
    [InlineData("Fix the crash when the cache file is missing", true)]
    public void StandsOnItsOwn_CountsWordsBesidesRequestWordsAndReferences(string rest, bool expected) =>
        Assert.Equal(expected, OwnText.StandsOnItsOwn(rest));

    private static string ClosedPortBase()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}
