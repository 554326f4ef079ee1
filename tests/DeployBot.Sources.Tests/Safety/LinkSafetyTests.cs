using System.Net;
using DeployBot.Sources.Tests.Support;

namespace DeployBot.Sources.Tests.Safety;

/// <summary>Links DeployBot refuses to read, each with one clear line, and the raw files it does read.</summary>
public sealed class LinkSafetyTests
{
    private const string Changelog = "https://raw.example.com/acme/shop/main/CHANGELOG.md";

    [Fact]
    public async Task ResolveAsync_HostNotAllowed_SaysHowToAllowIt()
    {
        using var sut = new SourcesHarness(new Dictionary<string, string?>());

        var unreadable = await sut.UnreadableAsync("https://example.com/releases/2.4.txt");

        Assert.Equal("https://example.com/releases/2.4.txt", unreadable.Link);
        Assert.Equal("host example.com is not allowed (add it to Sources:AllowedHosts)", unreadable.Reason);
    }

    [Theory]
    [InlineData("https://10.0.0.5/x", "10.0.0.5")]
    [InlineData("https://169.254.169.254/latest/meta-data/", "169.254.169.254")]
    [InlineData("https://[::1]/notes", "::1")]
    public async Task ResolveAsync_PrivateAddressLiteral_IsRefusedWithoutConnecting(string link, string address)
    {
        using var sut = new SourcesHarness(new Dictionary<string, string?> { ["Sources:AllowedHosts:0"] = address });

        var unreadable = await sut.UnreadableAsync(link);

        Assert.Equal($"{address} is a private, loopback or link-local address, which DeployBot never reads", unreadable.Reason);
    }

    [Fact]
    public async Task ResolveAsync_AllowedHostThatResolvesToLoopback_IsRefusedAtConnect()
    {
        using var sut = new SourcesHarness(new Dictionary<string, string?> { ["Sources:AllowedHosts:0"] = "localhost", ["Sources:MaxRetryAttempts"] = "2" });

        var unreadable = await sut.UnreadableAsync("https://localhost:1/CHANGELOG.md");

        Assert.Matches(@"^host localhost resolves to (127\.0\.0\.1|::1), a private, loopback or link-local address, which DeployBot never reads$", unreadable.Reason);
    }

    [Fact]
    public async Task ResolveAsync_PlainHttpLink_IsRefused()
    {
        using var sut = new SourcesHarness(new Dictionary<string, string?> { ["Sources:AllowedHosts:0"] = "raw.example.com" });

        var unreadable = await sut.UnreadableAsync("http://raw.example.com/CHANGELOG.md");

        Assert.Equal("only https links are read, and this one is http (write it as https://)", unreadable.Reason);
    }

    [Fact]
    public async Task ResolveAsync_RawFileOnAnAllowedHost_ReadsItsTextWithoutCredentials()
    {
        var stub = new StubHandler(_ => StubHandler.Text("## 2.4.0\n- Drop column orders.legacy_total"));
        using var sut = new SourcesHarness(Allowed("ghp_mustNotTravel"), stub);

        var release = await sut.ResolveAsync(Changelog);

        Assert.Equal("CHANGELOG.md", release!.Title);
        Assert.Contains("- Drop column orders.legacy_total", release.Text, StringComparison.Ordinal);
        Assert.Null(release.Ci);
        Assert.Null(Assert.Single(stub.Requests).Headers.Authorization);
    }

    [Fact]
    public async Task ResolveAsync_RedirectToAHostNotAllowed_IsRefused()
    {
        var stub = new StubHandler(_ => StubHandler.Redirect("https://evil.example.net/notes.txt"));
        using var sut = new SourcesHarness(Allowed(), stub);

        var unreadable = await sut.UnreadableAsync(Changelog);

        Assert.Equal("it redirects to evil.example.net, and host evil.example.net is not allowed (add it to Sources:AllowedHosts)", unreadable.Reason);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task ResolveAsync_RedirectWithinAllowedHosts_IsFollowed()
    {
        var stub = new StubHandler(request => request.RequestUri!.AbsolutePath == "/old.md" ? StubHandler.Redirect(Changelog) : StubHandler.Text("- Faster search"));
        using var sut = new SourcesHarness(Allowed(), stub);

        var release = await sut.ResolveAsync("https://raw.example.com/old.md");

        Assert.Contains("- Faster search", release!.Text, StringComparison.Ordinal);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task ResolveAsync_AnswerLargerThanOneMegabyte_IsRefused()
    {
        var stub = new StubHandler(_ => StubHandler.Text(new string('x', 1024 * 1024 + 1)));
        using var sut = new SourcesHarness(Allowed(), stub);

        var unreadable = await sut.UnreadableAsync(Changelog);

        Assert.Equal("its answer is larger than 1 MB, more than DeployBot reads", unreadable.Reason);
    }

    [Fact]
    public async Task ResolveAsync_WebPageInsteadOfARawFile_IsRefused()
    {
        var stub = new StubHandler(_ => StubHandler.Text("<html><body>Sign in</body></html>", "text/html"));
        using var sut = new SourcesHarness(Allowed(), stub);

        var unreadable = await sut.UnreadableAsync(Changelog);

        Assert.Equal("raw.example.com answered with a web page, not a text file (link the raw file, e.g. its \"Raw\" button)", unreadable.Reason);
    }

    [Fact]
    public async Task ResolveAsync_RawFileNotFound_SaysSo()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        using var sut = new SourcesHarness(Allowed(), stub);

        var unreadable = await sut.UnreadableAsync(Changelog);

        Assert.Equal("raw.example.com answered 404 Not Found (link a public raw file, or paste its text as NOTES)", unreadable.Reason);
    }

    [Fact]
    public async Task ResolveAsync_LongNotesWithAReferenceLink_AreNotesNotALink()
    {
        using var sut = new SourcesHarness(new Dictionary<string, string?>());
        const string notes = "Release 2.4: adds the invoice due date column, backfills it for open invoices, and moves the reminder job to the new scheduler (design: https://wiki.example.com/invoices)";

        var release = await sut.ResolveAsync(notes);

        Assert.Null(release);
    }

    private static Dictionary<string, string?> Allowed(string? githubToken = null) => new()
    {
        ["Sources:AllowedHosts:0"] = "raw.example.com",
        ["Sources:GitHub:Token"] = githubToken,
    };
}
