using DeployBot.Sources.Tests.Support;
using DeployBot.Testing.Sources;

namespace DeployBot.Sources.Tests.GitHub;

/// <summary>What GitHub's error answers become: one clear line with the fix, retries only where waiting helps.</summary>
public sealed class GitHubFailureTests : IAsyncLifetime
{
    private FakeGitHubApi _github = null!;

    public async ValueTask InitializeAsync() => _github = await ShopRelease.StartGitHubAsync();

    public ValueTask DisposeAsync() => _github.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_PullRequestThatDoesNotExist_Is404NamingTheTokenFix()
    {
        using var sut = CreateSut();

        var unreadable = await sut.UnreadableAsync("https://github.com/acme/shop/pull/4040");

        Assert.Equal("https://github.com/acme/shop/pull/4040", unreadable.Link);
        Assert.Equal("GitHub answered 404 Not Found (a private repository needs Sources:GitHub:Token)", unreadable.Reason);
        Assert.DoesNotContain('\n', unreadable.Message);
    }

    [Fact]
    public async Task ResolveAsync_PrivateRepositoryWithoutToken_Is404NamingTheTokenFix()
    {
        _github.MakePrivate(ShopRelease.Repository);
        using var sut = CreateSut();

        var unreadable = await sut.UnreadableAsync(ShopRelease.PullLink);

        Assert.Equal("GitHub answered 404 Not Found (a private repository needs Sources:GitHub:Token)", unreadable.Reason);
    }

    [Fact]
    public async Task ResolveAsync_WrongToken_Is401AndNeverEchoesTheToken()
    {
        const string wrong = "ghp_wrongTokenThatMustNotBeEchoed00000";
        using var sut = CreateSut(wrong);

        var unreadable = await sut.UnreadableAsync(ShopRelease.PullLink);

        Assert.Equal("GitHub answered 401 Unauthorized (Sources:GitHub:Token is wrong or expired; set a valid token)", unreadable.Reason);
        Assert.DoesNotContain(wrong, unreadable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(sut.Logs.Lines, line => line.Contains(wrong, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_RateLimitUsedUpForAnHour_IsNotWaitedOutAndSaysUntilWhen()
    {
        var reset = TimeProvider.System.GetUtcNow().AddHours(1);
        _github.FailNext(SourceFailure.GitHubRateLimit(reset));
        using var sut = CreateSut();

        var unreadable = await sut.UnreadableAsync(ShopRelease.PullLink);

        Assert.Equal($"GitHub's rate limit is used up until {reset:HH:mm} UTC (try again then, or set Sources:GitHub:Token: a token raises the limit)", unreadable.Reason);
        Assert.Single(_github.Calls);
    }

    [Fact]
    public async Task ResolveAsync_RateLimitThatResetsNow_IsRetriedAndReads()
    {
        _github.FailNext(SourceFailure.GitHubRateLimit(TimeProvider.System.GetUtcNow().AddSeconds(-1)));
        using var sut = CreateSut();

        var release = await sut.ResolveAsync(ShopRelease.PullLink);

        Assert.Equal("Add invoice due dates (#42)", release!.Title);
        Assert.Equal(2, _github.Calls.Count(call => call.Path == "/repos/acme/shop/pulls/42"));
    }

    [Fact]
    public async Task ResolveAsync_TooManyRequestsWithShortRetryAfter_WaitsAndReads()
    {
        _github.FailNext(SourceFailure.TooManyRequests(retryAfterSeconds: 0));
        using var sut = CreateSut();

        var release = await sut.ResolveAsync(ShopRelease.PullLink);

        Assert.NotNull(release);
    }

    [Fact]
    public async Task ResolveAsync_ServerErrorOnce_IsRetried()
    {
        _github.FailNext(SourceFailure.Status(502));
        using var sut = CreateSut();

        var release = await sut.ResolveAsync(ShopRelease.PullLink);

        Assert.NotNull(release);
    }

    [Fact]
    public async Task ResolveAsync_ApiHangs_IsUnreadableAfterTheTimeout()
    {
        _github.FailNext(SourceFailure.Hangs(), times: 5);
        var settings = SourcesHarness.GitHub(_github.ApiBaseUrl);
        settings["Sources:TimeoutSeconds"] = "1";
        settings["Sources:MaxRetryAttempts"] = "0";
        using var sut = new SourcesHarness(settings);

        var unreadable = await sut.UnreadableAsync(ShopRelease.PullLink);

        Assert.Equal("127.0.0.1 did not answer within 1 s (try again later, or paste the release notes as NOTES)", unreadable.Reason);
    }

    [Theory]
    [InlineData("https://github.com/acme/shop/issues/7")]
    [InlineData("https://github.com/acme/shop")]
    public async Task ResolveAsync_GitHubLinkOfAnotherKind_SaysWhichKindsAreRead(string link)
    {
        using var sut = CreateSut();

        var unreadable = await sut.UnreadableAsync(link);

        Assert.Equal("DeployBot reads a pull request, release (…/releases/tag/…), compare view or commit from github.com, and this link is none of those (link one of them)", unreadable.Reason);
        Assert.Empty(_github.Calls);
    }

    [Theory]
    [InlineData("## 8.2604.1\n- fix crash in imfile when the file is rotated while being read by the input module\n  Closes https://github.com/acme/shop/issues/7286")]
    [InlineData("Patch release: fixes the crash in imfile when the file is rotated while being read, reported in https://github.com/acme/shop/issues/7286 by a user")]
    public async Task ResolveAsync_ChangelogThatCitesAnIssue_IsPlannedFromItsOwnTextWithoutReadingTheIssue(string notes)
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync(notes);

        Assert.Null(release);
        Assert.Empty(_github.Calls);
    }

    private SourcesHarness CreateSut(string? token = null) => new(SourcesHarness.GitHub(_github.ApiBaseUrl, token));
}
