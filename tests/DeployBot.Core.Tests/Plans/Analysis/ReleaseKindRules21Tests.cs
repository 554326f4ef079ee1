using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the twenty-first session, as an SRE states them. The notes are made up in the styles of
/// real changelogs (not copied from the labelled fixtures); each rule has cases the analyzer before it got wrong and a
/// case it must leave alone.
/// </summary>
public sealed class ReleaseKindRules21Tests
{
    // Semantic versioning ships fixes as x.y.Z: a minor written with its patch number (4.12.0) is a feature release even
    // when its notes only list fixes or an advisory, so it goes out in a normal window, not as a hotfix.
    [Theory]
    [InlineData("## 4.12.0 - 2026-05-02\n\n### Fixed\n\n- kafka: Prevented duplicate commits for revoked partitions during rebalances.\n- http: Fixed a panic on an empty Host header.")]
    [InlineData("## [v2.7.0](https://github.com/acme/relay/compare/v2.6.3...v2.7.0) (2026-03-19)\n\n### Bug Fixes\n\n* **controller:** ensure progress when replicas shrink ([#412](https://github.com/acme/relay/issues/412))")]
    [InlineData("### v3.4.0 (2026-01-10)\n\nThis release fixes:\n\n* [GHSA-abcd-1234-wxyz](https://github.com/acme/saml/security/advisories/GHSA-abcd-1234-wxyz)")]
    public void Analyze_MinorThatOnlyListsFixes_IsNormal(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 4.12.1 - 2026-05-09\n\n### Fixed\n\n- http: Fixed a panic on an empty Host header.")]
    [InlineData("## 0.41.0 (2026-02-01)\n\n#### Fixed\n\n- Fix a denial of service via oversized multipart parts (CVE-2026-1234).")]
    [InlineData("## 4.12.0 - 2026-05-02 (security release)\n\n### Fixed\n\n- Fix validation of Digest auth header parameters.")]
    public void Analyze_PatchPreOneMinorOrSecurityReleaseThatOnlyFixes_StaysAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    // A component named in brackets ("[core] add MPTCP support", "[acme_logs_index] Add sample_rate support") is the
    // same prefix as "core: add …": the item still adds something, so a patch that ships it is not fix-only. A bracketed
    // kind tag that says fix ("[BUGFIX] Add a missing nil check") is not a component.
    [Theory]
    [InlineData("- 1.6.12 - 2026-04-12\n  * [core] add MPTCP support\n  * [mod_expire] omit caching hdrs for 204 No Content\n  * [h2] VU#421644 HTTP/2 CONTINUATION flood")]
    [InlineData("## 4.12.1 (June 4, 2026)\n\n### BUGFIXES\n* [acme_routing_rules] remove an over-strict validation\n### NOTES\n* [acme_logs_index] Add sample_rate support to exclusion filters")]
    public void Analyze_PatchThatAddsSomethingBehindABracketedComponent_IsNormal(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_PatchWhoseBracketedTagSaysFix_StaysAHotfix() =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(
            "## 2.55.1 / 2026-03-02\n\n* [BUGFIX] Add a missing nil check in the remote-write queue. #1401\n* [BUGFIX] Fix a crash on an empty label set. #1402").Kind);

    // "What's new" heads everything a release ships, fixes included, and GitHub's "New Contributors" thanks the people
    // who sent their first pull request: in a patch the items under them decide, and fixes alone make it a hotfix.
    [Theory]
    [InlineData("# 3.2.4\n\n## What's new\n\n* Fix `upsertGraph()` hooks on empty relations #812\n* Don't call `onError()` with internal exceptions #813")]
    [InlineData("## 6.4.1 - 2026-02-06\n\n### What's Changed\n\n* Fix the cache key of team-scoped roles by @dev in https://github.com/acme/perms/pull/2539\n\n### New Contributors\n\n* @dev made their first contribution in https://github.com/acme/perms/pull/2539")]
    public void Analyze_PatchWhoseFixesSitUnderWhatsNewOrBesideNewContributors_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_PatchWithANewSection_StaysNormal() =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(
            "# 3.2.4\n\n## New\n\n* `relatedQuery()` accepts a transaction\n\n## Fixes\n\n* Fix `upsertGraph()` hooks on empty relations #812").Kind);

    // A patch that removes or stops something to close a security hole is the security fix itself: "can no longer",
    // "removed" and "no longer allows" describe the closed hole, not behaviour the operator relied on.
    [Theory]
    [InlineData("## [4.2.3]\n\n- Remote image URLs with a `javascript:` scheme are now stripped during parsing and no longer served through the API (GHSA-abcd-1234-wxyz)")]
    [InlineData("## 2.8.3\n\n- DELETE /api/v3/reports removed - it let users delete other tenants' report files (SEC-311)")]
    public void Analyze_PatchThatStopsSomethingToCloseASecurityHole_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 5.8.12\n\nRemoved controller.csrf.crumbIssuer.proxyCompatibility as it is dropped in core")]
    [InlineData("## [4.2.3]\n\n- Fix a stored XSS in the comment preview (CVE-2026-1234)\n- The legacy `/v1/export` endpoint is removed")]
    public void Analyze_PatchThatRemovesSomethingBesideOrNamedLikeASecurityWord_StaysNormal(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);
}
