using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Planning;
using DeployBot.Core.Releases;
using DeployBot.Core.Requests;
using DeployBot.Testing.Plans;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Whose changelog it is, read from the repository its own links point to: a company's official client library
/// (named after the company and a language, in the company's account) talks to that company's service, so its changes
/// are external even when no item names the service. The notes are made up in the styles of real changelogs.
/// </summary>
public sealed class VendorLibraryTests
{
    [Theory]
    [InlineData("## [2.4.1](https://github.com/acmepay/acmepay-node/compare/v2.4.0...v2.4.1) (2031-02-03)\n\n### Bug Fixes\n\n* retry idempotent requests on 502 ([ab12cd3](https://github.com/acmepay/acmepay-node/commit/ab12cd3))\n")]
    [InlineData("# 7.2.0\n\n- [#412](https://github.com/ringly/node-ringly/pull/412) feat: add paging to `calls.list`\n")]
    [InlineData("## v3.1.0\n\n[Full Changelog](https://github.com/parcelhq/parcel-python/compare/v3.0.0...v3.1.0)\n\n- Add `label_format` to shipments #88\n")]
    [InlineData("# 18.2.0\n- Updating to OAS 2031-05-01_2.14.0\n\n## OpenAPI Schema Changes\n- Add `settled_at` to `Transfer`\n")]
    public void Analyze_NotesOfACompanysOwnClientLibrary_AreExternal(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External));

    [Theory]
    // A client of a database or queue is the platform; a library of an open standard implements it.
    [InlineData("## [4.6.1](https://github.com/redis/node-redis/compare/v4.6.0...v4.6.1)\n\n* Fix reconnect backoff after a failover\n")]
    [InlineData("## [v3.1.0](https://github.com/jwt/ruby-jwt/tree/v3.1.0)\n\n- Support the `EdDSA` algorithm family\n")]
    // An application's own repository, even when one item links a client library it upgrades.
    [InlineData("## [5.2.0](https://github.com/shelfapp/shelfapp/compare/v5.1.0...v5.2.0)\n\n- Add bulk tagging ([#901](https://github.com/shelfapp/shelfapp/pull/901))\n- Bump acmepay-node to 2.4.1 (https://github.com/acmepay/acmepay-node/releases)\n")]
    public void Analyze_LinksToAPlatformClientAStandardOrAnApplication_AreNotExternal(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External));

    [Fact]
    public void Analyze_ALinkedReleaseOfAClientLibrary_WhoseTextLinksNowhere_IsExternalByItsAddress()
    {
        const string text = "## What's changed\n\n- Retry idempotent requests on 502\n- Add `label_format` to shipments\n";

        var fromLink = ReleaseAnalyzer.Analyze(text, "https://github.com/acmepay/acmepay-node/releases/tag/v2.4.1");
        var ofAnApplication = ReleaseAnalyzer.Analyze(text, "https://github.com/shelfapp/shelfapp/releases/tag/v5.2.0");

        Assert.True(fromLink.Has(RiskArea.External));
        Assert.False(ofAnApplication.Has(RiskArea.External));
        Assert.False(ReleaseAnalyzer.Analyze(text).Has(RiskArea.External));
    }

    [Fact]
    public void PlanningInput_NotesThatAreALinkToAClientLibrarysRelease_AnalysesTheReleaseAsExternal()
    {
        const string link = "https://github.com/acmepay/acmepay-node/releases/tag/v2.4.1";
        var release = new ResolvedRelease(link, "v2.4.1", "- Retry idempotent requests on 502\n", [], null, null);

        var input = new PlanningInput(new DeploymentRequest(link, "production"), PlanInputs.Production, release: release);

        Assert.True(input.Analysis.Has(RiskArea.External));
    }
}
