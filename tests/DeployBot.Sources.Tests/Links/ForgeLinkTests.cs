using DeployBot.Sources.Links;

namespace DeployBot.Sources.Tests.Links;

public sealed class ForgeLinkTests
{
    [Theory]
    [InlineData("https://github.com/acme/shop/pull/42", "PullRequest", "42", null)]
    [InlineData("https://github.com/acme/shop/pull/42/files#diff-1", "PullRequest", "42", null)]
    [InlineData("https://github.com/acme/shop/releases/tag/v2.4.0", "Release", "v2.4.0", null)]
    [InlineData("https://github.com/acme/shop/releases/tag/release%2F2.4", "Release", "release/2.4", null)]
    [InlineData("https://github.com/acme/shop/compare/v2.3.0...v2.4.0", "Compare", "v2.4.0", "v2.3.0")]
    [InlineData("https://github.com/acme/shop/compare/main..feature/x", "Compare", "feature/x", "main")]
    [InlineData("https://github.com/acme/shop/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e", "Commit", "6dcb09b5b57875f334f61aebed695e2e4193db5e", null)]
    public void ParseGitHub_SupportedLink_TakesItApart(string link, string kind, string reference, string? baseReference)
    {
        var parsed = ForgeLink.ParseGitHub(new Uri(link));

        Assert.NotNull(parsed);
        Assert.Equal(("acme", "shop", kind, reference, baseReference), (parsed.Owner, parsed.Name, parsed.Kind.ToString(), parsed.Reference, parsed.BaseReference));
    }

    [Theory]
    [InlineData("https://github.com/acme/shop")]
    [InlineData("https://github.com/acme/shop/issues/3")]
    [InlineData("https://github.com/acme/shop/pull/abc")]
    [InlineData("https://github.com/acme/shop/compare/main")]
    public void ParseGitHub_OtherLink_IsNull(string link) => Assert.Null(ForgeLink.ParseGitHub(new Uri(link)));

    [Theory]
    [InlineData("https://gitlab.com/acme/platform/shop/-/merge_requests/7", "PullRequest", "7")]
    [InlineData("https://gitlab.com/acme/shop/-/merge_requests/7/diffs", "PullRequest", "7")]
    [InlineData("https://gitlab.com/acme/platform/shop/-/releases/v3.1.0", "Release", "v3.1.0")]
    public void ParseGitLab_SupportedLink_KeepsTheFullProjectPath(string link, string kind, string reference)
    {
        var parsed = ForgeLink.ParseGitLab(new Uri(link));

        Assert.NotNull(parsed);
        Assert.Equal(kind, parsed.Kind.ToString());
        Assert.Equal(reference, parsed.Reference);
        Assert.EndsWith("shop", parsed.Repository, StringComparison.Ordinal);
        Assert.StartsWith("acme/", parsed.Repository, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://gitlab.com/acme/shop/-/issues/7")]
    [InlineData("https://gitlab.com/acme/shop")]
    public void ParseGitLab_OtherLink_IsNull(string link) => Assert.Null(ForgeLink.ParseGitLab(new Uri(link)));
}
