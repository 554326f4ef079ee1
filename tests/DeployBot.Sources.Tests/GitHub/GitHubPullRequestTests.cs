using DeployBot.Core.Releases;
using DeployBot.Sources.Tests.Support;
using DeployBot.Testing.Sources;

namespace DeployBot.Sources.Tests.GitHub;

/// <summary>A pull request link read through the real Octokit client against the fake GitHub API.</summary>
public sealed class GitHubPullRequestTests : IAsyncLifetime
{
    private FakeGitHubApi _github = null!;

    public async ValueTask InitializeAsync() => _github = await ShopRelease.StartGitHubAsync();

    public ValueTask DisposeAsync() => _github.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_PullRequestLink_ReadsTitleBodyCommitsAndChangedFiles()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync(ShopRelease.PullLink);

        Assert.NotNull(release);
        Assert.Equal(ShopRelease.PullLink, release.Link);
        Assert.Equal("Add invoice due dates (#42)", release.Title);
        Assert.Equal(ShopRelease.HeadSha, release.Commit);
        Assert.Contains("ALTER TABLE invoices ADD COLUMN due_date date", release.Text, StringComparison.Ordinal);
        Assert.Contains("- Verify Stripe webhooks with a signing secret", release.Text, StringComparison.Ordinal);
        Assert.Contains(new ChangedFile("db/migrations/V42__add_invoice_due_date.sql", "added"), release.Files);
        Assert.Contains(new ChangedFile("docs/invoices.md", "renamed", "docs/billing.md"), release.Files);
    }

    [Fact]
    public async Task ResolveAsync_PullRequestWithFailingCheck_NamesItInTheCiSummary()
    {
        using var sut = CreateSut();

        var ci = (await sut.ResolveAsync(ShopRelease.PullLink))!.Ci;

        Assert.NotNull(ci);
        Assert.Equal(4, ci.Total);
        Assert.Equal(2, ci.Passed);
        Assert.False(ci.AllGreen);
        Assert.Equal([new CiCheck("integration-tests", "failing"), new CiCheck("lint", "pending")], ci.NotPassed);
    }

    [Fact]
    public async Task ResolveAsync_ManifestPatchAddsASecretReference_ListsTheNewSecretsAndVariables()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync(ShopRelease.PullLink);

        Assert.Equal(["STRIPE_WEBHOOK_SECRET", "payments-secrets", "INVOICE_DUE_DAYS"], release!.NewSecrets);
    }

    [Fact]
    public async Task ResolveAsync_LinkAmongOtherWords_ReadsTheLinkAndKeepsTheRequestersWords()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync($"ship {ShopRelease.PullLink}, DBA is on standby");

        Assert.Equal("Add invoice due dates (#42)", release!.Title);
        Assert.Contains("Requester's note: ship, DBA is on standby", release.Text, StringComparison.Ordinal);
        Assert.Equal(ShopRelease.PullLink, release.Link);
    }

    [Fact]
    public async Task ResolveAsync_ThroughOctokit_CallsTheDocumentedEndpointsWithDeployBotsUserAgent()
    {
        using var sut = CreateSut();

        await sut.ResolveAsync(ShopRelease.PullLink);

        var paths = _github.Calls.Select(call => call.Path).ToList();
        Assert.Contains("/repos/acme/shop/pulls/42", paths);
        Assert.Contains("/repos/acme/shop/pulls/42/files", paths);
        Assert.Contains("/repos/acme/shop/pulls/42/commits", paths);
        Assert.Contains($"/repos/acme/shop/commits/{ShopRelease.HeadSha}/check-runs", paths);
        Assert.Contains($"/repos/acme/shop/commits/{ShopRelease.HeadSha}/status", paths);
        Assert.All(_github.Calls, call => Assert.StartsWith("DeployBot/", call.UserAgent, StringComparison.Ordinal));
        Assert.All(_github.Calls, call => Assert.Equal(string.Empty, call.Authorization));
    }

    [Fact]
    public async Task ResolveAsync_PrivateRepositoryWithToken_SendsTheTokenAndNeverLogsIt()
    {
        _github.MakePrivate(ShopRelease.Repository);
        using var sut = CreateSut(_github.Token);

        var release = await sut.ResolveAsync(ShopRelease.PullLink);

        Assert.Equal("Add invoice due dates (#42)", release!.Title);
        Assert.All(_github.Calls, call => Assert.Equal($"Token {_github.Token}", call.Authorization));
        Assert.DoesNotContain(sut.Logs.Lines, line => line.Contains(_github.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_NotesWithoutALink_ReturnsNullAndCallsNothing()
    {
        using var sut = CreateSut();

        var release = await sut.ResolveAsync("Adds checkout-v2 behind a flag\n- orders index");

        Assert.Null(release);
        Assert.Empty(_github.Calls);
    }

    private SourcesHarness CreateSut(string? token = null) => new(SourcesHarness.GitHub(_github.ApiBaseUrl, token));
}
