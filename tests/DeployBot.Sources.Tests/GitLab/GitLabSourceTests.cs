using DeployBot.Core.Releases;
using DeployBot.Sources.Tests.Support;
using DeployBot.Testing.Sources;

namespace DeployBot.Sources.Tests.GitLab;

/// <summary>Merge request and release links read over GitLab's REST API (the fake), the project addressed by its encoded path.</summary>
public sealed class GitLabSourceTests : IAsyncLifetime
{
    private const string Project = "acme/platform/shop";
    private const string Sha = "b7e3f1a2c4d5e6f708192a3b4c5d6e7f80912345";
    private const string MergeRequestLink = "https://gitlab.com/acme/platform/shop/-/merge_requests/7";
    private FakeGitLabApi _gitlab = null!;

    public async ValueTask InitializeAsync()
    {
        _gitlab = await FakeGitLabApi.StartAsync(TestContext.Current.CancellationToken);
        _gitlab.Add(new FakePullRequest(
            Project,
            7,
            "Move sessions to Redis",
            "Sessions move from the database to Redis.",
            Sha,
            [
                new FakeFile("db/migrate/20261201_drop_sessions.rb", "added", "+drop_table :sessions"),
                new FakeFile("helm/shop/values.yaml", "modified", "@@ -1,2 +1,3 @@\n env:\n+  REDIS_URL: redis://redis:6379\n   LOG_LEVEL: info"),
                new FakeFile("config/old_sessions.yml", "removed"),
            ],
            [new FakeCommit(Sha, "Store sessions in Redis")]));
        _gitlab.Add(Project, Sha, new FakeStatus("rspec", "success"), new FakeStatus("deploy:review", "failed"), new FakeStatus("e2e", "running"));
        _gitlab.Add(new FakeRelease(Project, "v3.1.0", "Shop 3.1.0", "- Payments via Adyen", Sha));
    }

    public ValueTask DisposeAsync() => _gitlab.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_MergeRequestLink_ReadsDescriptionDiffsSecretsAndStatuses()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync(MergeRequestLink);

        Assert.Equal("Move sessions to Redis (!7)", release!.Title);
        Assert.Contains("Sessions move from the database to Redis.", release.Text, StringComparison.Ordinal);
        Assert.Contains("- Store sessions in Redis", release.Text, StringComparison.Ordinal);
        Assert.Contains(new ChangedFile("db/migrate/20261201_drop_sessions.rb", "added"), release.Files);
        Assert.Contains(new ChangedFile("config/old_sessions.yml", "removed"), release.Files);
        Assert.Equal(["REDIS_URL"], release.NewSecrets);
        Assert.Equal(Sha, release.Commit);
        Assert.Equal([new CiCheck("deploy:review", "failing"), new CiCheck("e2e", "pending")], release.Ci!.NotPassed);
        Assert.Contains("/projects/acme%2Fplatform%2Fshop/merge_requests/7/diffs", _gitlab.Calls.Select(call => call.Path));
    }

    [Fact]
    public async Task ResolveAsync_GitLabWithoutTheDiffsEndpoint_ReadsTheOlderChanges()
    {
        _gitlab.OnlyChangesEndpoint = true;
        using var sut = CreateSut();

        var release = await sut.ResolveAsync(MergeRequestLink);

        Assert.Equal(3, release!.Files.Count);
        Assert.Contains("/projects/acme%2Fplatform%2Fshop/merge_requests/7/changes", _gitlab.Calls.Select(call => call.Path));
    }

    [Fact]
    public async Task ResolveAsync_ReleaseLink_ReadsTheDescriptionAndTheTagsCommit()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync("https://gitlab.com/acme/platform/shop/-/releases/v3.1.0");

        Assert.Equal("Shop 3.1.0 (v3.1.0)", release!.Title);
        Assert.Contains("- Payments via Adyen", release.Text, StringComparison.Ordinal);
        Assert.Equal(Sha, release.Commit);
        Assert.Equal(3, release.Ci!.Total);
    }

    [Fact]
    public async Task ResolveAsync_PrivateProjectWithToken_SendsItAsPrivateToken()
    {
        _gitlab.MakePrivate(Project);
        using var sut = CreateSut(_gitlab.Token);

        var release = await sut.ResolveAsync(MergeRequestLink);

        Assert.NotNull(release);
        Assert.All(_gitlab.Calls, call => Assert.Equal(_gitlab.Token, call.PrivateToken));
    }

    [Fact]
    public async Task ResolveAsync_PrivateProjectWithoutToken_Is404NamingTheTokenFix()
    {
        _gitlab.MakePrivate(Project);
        using var sut = CreateSut();

        var unreadable = await sut.UnreadableAsync(MergeRequestLink);

        Assert.Equal("GitLab answered 404 Not Found (a private project needs Sources:GitLab:Token)", unreadable.Reason);
    }

    [Fact]
    public async Task ResolveAsync_RateLimitedForLong_SaysUntilWhen()
    {
        _gitlab.FailNext(SourceFailure.TooManyRequests(retryAfterSeconds: 3600), times: 3);
        using var sut = CreateSut();

        var unreadable = await sut.UnreadableAsync(MergeRequestLink);

        Assert.StartsWith("GitLab's rate limit is used up until ", unreadable.Reason, StringComparison.Ordinal);
        Assert.Single(_gitlab.Calls);
    }

    private SourcesHarness CreateSut(string? token = null) => new(SourcesHarness.GitLab(_gitlab.ApiBaseUrl, token));
}
