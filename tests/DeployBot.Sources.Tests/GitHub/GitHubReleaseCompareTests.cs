using DeployBot.Core.Releases;
using DeployBot.Sources.Tests.Support;
using DeployBot.Testing.Sources;

namespace DeployBot.Sources.Tests.GitHub;

/// <summary>Release, compare and commit links read through Octokit against the fake GitHub API.</summary>
public sealed class GitHubReleaseCompareTests : IAsyncLifetime
{
    private const string ReleaseSha = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
    private FakeGitHubApi _github = null!;

    public async ValueTask InitializeAsync()
    {
        _github = await FakeGitHubApi.StartAsync(TestContext.Current.CancellationToken);
        _github.Add(new FakeRelease("acme/shop", "v2.4.0", "Shop 2.4", "## What's changed\n- Drop the legacy_orders table\n- Faster checkout", ReleaseSha));
        _github.Add("acme/shop", ReleaseSha, new FakeCheckRun("build"), new FakeCheckRun("deploy-preview"));
        _github.Add(new FakeCompare(
            "acme/shop",
            "v2.3.0",
            "v2.4.0",
            [new FakeCommit("c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1", "Rename column orders.total to amount"), new FakeCommit(ReleaseSha, "Bump version to 2.4.0")],
            [new FakeFile("db/migrations/V50__rename_total.sql", "added"), new FakeFile("compose.yaml", "modified", "@@ -3 +3,2 @@\n   environment:\n+    - FEATURE_FLAGS_URL=https://flags.example.com")]));
        _github.Add("acme/shop", new FakeCommit("d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4", "Hotfix: cap retries on payment webhook\n\nIncident INC-204.", [new FakeFile("src/Payments/Webhook.cs")]));
    }

    public ValueTask DisposeAsync() => _github.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_ReleaseLink_ReadsTheReleaseBodyAndTheTagsCommitAndCi()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync("https://github.com/acme/shop/releases/tag/v2.4.0");

        Assert.Equal("Shop 2.4 (v2.4.0)", release!.Title);
        Assert.Contains("- Drop the legacy_orders table", release.Text, StringComparison.Ordinal);
        Assert.Empty(release.Files);
        Assert.Equal(ReleaseSha, release.Commit);
        Assert.True(release.Ci!.AllGreen);
        Assert.Contains("/repos/acme/shop/releases/tags/v2.4.0", _github.Calls.Select(call => call.Path));
    }

    [Fact]
    public async Task ResolveAsync_CompareLink_ReadsCommitMessagesFilesAndTheHeadsCi()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync("https://github.com/acme/shop/compare/v2.3.0...v2.4.0");

        Assert.Equal("acme/shop v2.3.0...v2.4.0 (2 commits)", release!.Title);
        Assert.Contains("- Rename column orders.total to amount", release.Text, StringComparison.Ordinal);
        Assert.Contains(new ChangedFile("db/migrations/V50__rename_total.sql", "added"), release.Files);
        Assert.Equal(["FEATURE_FLAGS_URL"], release.NewSecrets);
        Assert.Equal(ReleaseSha, release.Commit);
        Assert.Equal(2, release.Ci!.Passed);
    }

    [Fact]
    public async Task ResolveAsync_CommitLink_TitleIsTheFirstLineAndCiIsUnknownWithoutChecks()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync("https://github.com/acme/shop/commit/d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4");

        Assert.Equal("Hotfix: cap retries on payment webhook", release!.Title);
        Assert.Contains("Incident INC-204.", release.Text, StringComparison.Ordinal);
        Assert.Equal([new ChangedFile("src/Payments/Webhook.cs", "modified")], release.Files);
        Assert.Null(release.Ci);
    }

    private SourcesHarness CreateSut() => new(SourcesHarness.GitHub(_github.ApiBaseUrl));
}
