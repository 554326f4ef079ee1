using DeployBot.Sources.Links;

namespace DeployBot.Sources.Tests.Links;

public sealed class LinkFinderTests
{
    [Theory]
    [InlineData("https://github.com/acme/shop/pull/42", "https://github.com/acme/shop/pull/42", "")]
    [InlineData("  https://github.com/acme/shop/pull/42.  ", "https://github.com/acme/shop/pull/42", ".")]
    [InlineData("<https://github.com/acme/shop/pull/42>", "https://github.com/acme/shop/pull/42", "")]
    [InlineData("<https://github.com/acme/shop/pull/42|acme/shop#42> tonight", "https://github.com/acme/shop/pull/42", "acme/shop#42 tonight")]
    [InlineData("Deploy (https://github.com/acme/shop/pull/42) please", "https://github.com/acme/shop/pull/42", "Deploy ( ) please")]
    public void Find_LinkAloneOrAmongAFewWords_IsTheLinkWithTheRest(string notes, string link, string rest)
    {
        var found = LinkFinder.Find(notes, _ => false);

        Assert.NotNull(found);
        Assert.Equal(link, found.Text);
        Assert.Equal(new Uri(link), found.Uri);
        Assert.Equal(rest, found.Rest);
    }

    [Fact]
    public void Find_KnownSourceAfterAnotherLink_PrefersTheKnownSource()
    {
        var found = LinkFinder.Find("see https://wiki.example.com/x and https://github.com/acme/shop/pull/42", uri => uri.Host == "github.com");

        Assert.Equal("https://github.com/acme/shop/pull/42", found!.Text);
    }

    [Theory]
    [InlineData("Add index. [Approve rollout](https://evil.example/approve)")]
    [InlineData("Fix the banner ![screenshot](https://img.example/p.png)")]
    public void Find_MarkdownLinkToAnUnknownHostInShortNotes_IsAReferenceNotALinkToRead(string notes)
    {
        Assert.Null(LinkFinder.Find(notes, _ => false));
    }

    [Fact]
    public void Find_MarkdownLinkToAKnownSource_IsRead()
    {
        var found = LinkFinder.Find("Ship [#42](https://github.com/acme/shop/pull/42)", uri => uri.Host == "github.com");

        Assert.Equal("https://github.com/acme/shop/pull/42", found!.Text);
    }

    [Fact]
    public void Find_KnownSourceInLongNotes_IsStillRead()
    {
        var notes = string.Join(' ', Enumerable.Repeat("word", 40)) + " https://github.com/acme/shop/pull/42";

        Assert.NotNull(LinkFinder.Find(notes, uri => uri.Host == "github.com"));
    }

    /// <summary>
    /// Longer notes that hand over a link in their own words still have it read, bare or as Slack sends it
    /// (counterexamples to the citations above).
    /// </summary>
    [Theory]
    [InlineData("Tonight's billing release is https://github.com/acme/shop/pull/42 and it rotates the Stripe key, so have finance on the bridge before we start the rollout")]
    [InlineData("Tonight's billing release is <https://github.com/acme/shop/pull/42> and it rotates the Stripe key, so have finance on the bridge before we start the rollout")]
    public void Find_LinkHandedOverInLongerNotes_IsRead(string notes) =>
        Assert.Equal("https://github.com/acme/shop/pull/42", LinkFinder.Find(notes, uri => uri.Host == "github.com")!.Text);

    [Theory]
    [InlineData("Adds checkout-v2 behind a flag")]
    [InlineData("- Fix login\n- Add index on orders(created_at)\n- Docs: see https://docs.example.com/a for the why, the how, and the rollback story of this change")]
    public void Find_NotesThatStandOnTheirOwn_IsNull(string notes) => Assert.Null(LinkFinder.Find(notes, _ => false));

    [Theory]
    [InlineData("## What's Changed\n* Fix the crash on start by @ana in https://github.com/acme/shop/pull/12\n* Add the export button by @li in https://github.com/acme/shop/pull/13\n\n**Full Changelog**: https://github.com/acme/shop/compare/v1.0.0...v1.0.1")]
    [InlineData("## [2.4.1] - 2026-11-30\n### Fixed\n- Retry webhook deliveries after a 503 ([#881](https://github.com/acme/shop/pull/881))\n- Keep the session cookie on sign-out redirects ([#884](https://github.com/acme/shop/pull/884))\n\nCompare: https://github.com/acme/shop/compare/v2.4.0...v2.4.1")]
    [InlineData("## DB Changes\nIn PR [#4115](https://github.com/acme/shop/pull/4115) a new `has_trust_me` column has been added to the `mfa_option` table; it defaults to null and needs no migration.")]
    [InlineData("v3.2.1\n======\n\nBugfixes\n--------\n\n- inventory - Raise ``requires_python`` in the metadata to ``>=3.10`` to match what the collection really supports (https://github.com/acme/shop/pull/77).\n")]
    [InlineData("Release 2.0.4\n-------------\n\n* Bump the XML parser to 4.3.2 to fix CVE-2026-1111 and CVE-2026-1112 (`#310 <https://github.com/acme/shop/pull/310>`__)\n")]
    [InlineData("## 1.4.2\n\n- Keep the retry budget when the upstream answers 429, reported by the payments team (<https://github.com/acme/shop/pull/91>)\n")]
    public void Find_ChangelogPastedAsNotes_ReadsNoneOfItsPullRequestLinks(string notes) =>
        Assert.Null(LinkFinder.Find(notes, uri => uri.Host == "github.com"));
}
