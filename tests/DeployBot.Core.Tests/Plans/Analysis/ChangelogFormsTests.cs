using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Forms read in the eighth and ninth rounds (FRESH7's and FRESH8's misses): template placeholders, lines wrapped
/// mid-sentence, relaxed rules that break no one, removed code APIs, new database tables and indexes, security fixes
/// worded as additions, capabilities that are not removals, code properties that are not settings.
/// </summary>
public sealed class ChangelogFormsTests
{
    [Fact]
    public void Analyze_KeepAChangelogTemplateWithOnlyAFix_IsAHotfixWithOneItem()
    {
        const string notes = """
            ## [4.5.3] - 2025-10-10
            ### Added
            * *Nothing*

            ### Removed
            * *Nothing*

            ### Fixed
            * Ensure the job runner retries failed deliveries once.
            """;

        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Equal(ReleaseKind.Hotfix, analysis.Kind);
        Assert.Equal("Ensure the job runner retries failed deliveries once.", Assert.Single(analysis.Items).Text);
    }

    [Fact]
    public void Analyze_LineWrappedAfterAnArticle_StaysOneSentence()
    {
        const string notes = """
            - Changed default logging level to `error`. You can change it to `verbose` or `none` in the
              SDK configuration.
            """;

        var items = ReleaseAnalyzer.Analyze(notes).Items.Select(item => item.Text).ToArray();

        Assert.Equal(["Changed default logging level to `error`.", "You can change it to `verbose` or `none` in the SDK configuration."], items);
    }

    [Theory]
    [InlineData("Re-added NTLM to the list of SASL mechanisms to try by default.")]
    [InlineData("Ensure `Access-Control-Allow-Credentials` is set in all cross-origin responses.")]
    [InlineData("Ensure nodes are matching both node key and machine key when connecting.")]
    [InlineData("Istio mTLS certificates are picked up again after rotation.")]
    public void Analyze_AuthenticationMechanismsAndCrossOriginRules_AreAuth(string notes)
    {
        Assert.Contains(RiskArea.Auth, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("The login form no longer enforces a password length limit.")]
    [InlineData("Values are no longer validated to be the right type upon loading.")]
    [InlineData("Introduce a dedicated `HPAActive` condition, so transient metric gaps no longer flap the status.")]
    [InlineData("[!IMPORTANT]")]
    public void Analyze_RelaxedRulesAndBenefits_AreNotBreaking(string notes)
    {
        Assert.DoesNotContain(RiskArea.Breaking, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("The `--tags` flag is no longer accepted; pass `--tag` once per tag.")]
    [InlineData("IMPORTANT: you must set `TRUSTED_PROXIES` before upgrading.")]
    public void Analyze_StoppedBehaviourAndWarnings_StayBreaking(string notes)
    {
        Assert.Contains(RiskArea.Breaking, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("Removed apc cache driver")]
    [InlineData("Removed the deprecated `Log::setLogLevel()` method")]
    [InlineData("Remove the `smtp_connect` hook")]
    public void Analyze_RemovedCodeApi_IsDestructiveAndBreaking(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Single(analysis.Destructive);
        Assert.Contains(RiskArea.Breaking, analysis.Risks);
    }

    [Theory]
    [InlineData("Store uploads metadata in a separate sql database table instead of a session")]
    [InlineData("Adds indexing for `session_info` table on `user_id, app_id` columns")]
    public void Analyze_NewDatabaseTableOrIndex_IsSchema(string notes)
    {
        Assert.Contains(RiskArea.Schema, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("Bump distroless version (#1804)")]
    [InlineData("Adds support for latest PG minors: 14.19, 15.14, 16.10")]
    [InlineData("out_http: TLS1.3 support")]
    public void Analyze_BaseImageAndDatabaseVersions_AreInfra(string notes)
    {
        Assert.Contains(RiskArea.Infra, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("## Release 1.7.3\n- Fix vCard import dropping properties\n- Security: Add basic validation for content proxied by the css proxy\n- Security: Fix stored XSS in the address book")]
    [InlineData("### citus v12.1.10 ###\n* Adds support for latest PG minors: 14.19, 15.14, 16.10\n* Fixes an assertion failure when querying a view")]
    public void Analyze_PatchOfFixesWithSecurityAdditionsOrNewMinorSupport_IsAHotfix(string notes)
    {
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);
    }

    [Fact]
    public void Analyze_MajorReleaseThatSaysFollowTheUpgradeGuide_IsAMigration()
    {
        const string notes = """
            ## 3.0.0 (2024-03-04)
            This version introduces a number of larger changes. Please be sure to follow the upgrade guide when upgrading.
            * Improved logging
            * New background work process
            """;

        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);
    }

    [Theory]
    [InlineData("PR #2675: Console supports dropping indexes.")]
    [InlineData("gh-857: Add unique option to drop index #858")]
    public void Analyze_ACapabilityToDropSomething_IsNoRemoval(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Empty(analysis.Destructive);
        Assert.DoesNotContain(RiskArea.Breaking, analysis.Risks);
    }

    [Theory]
    [InlineData("The endpoints `GET /v1/datacenters` are now deprecated and will be removed after 1 Oct. 2026.")]
    [InlineData("chore: clean up no longer used imports")]
    [InlineData("Previously, external authorization was checked before redirection, which could result in a 401 error.")]
    public void Analyze_AnnouncedDeprecationsAndCuredBugs_AreNotBreaking(string notes)
    {
        Assert.DoesNotContain(RiskArea.Breaking, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Fact]
    public void Analyze_RenamingSomething_IsBreaking()
    {
        Assert.Contains(RiskArea.Breaking, ReleaseAnalyzer.Analyze("Rename old `ferretdb-eval` image to `ferretdb-eval-dev`").Risks);
    }

    [Theory]
    [InlineData("Potential unsound pointer access for third party backends", RiskArea.External)]
    [InlineData("Alternatively, delete the validating webhook configurations.", RiskArea.External)]
    [InlineData("For consistency, the protected `ReplyTo` property has been changed to match other address arrays.", RiskArea.Config)]
    [InlineData("Allow the `parseAddresses` `$useimap` parameter to be `false` or `null`.", RiskArea.Config)]
    public void Analyze_PluginsAdmissionWebhooksAndCodeProperties_AreNotTheirLookalikeArea(string notes, RiskArea area)
    {
        Assert.DoesNotContain(area, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Fact]
    public void Analyze_CredentialsNowStoredHashed_AreAuthAndAStoredDataRewrite()
    {
        var risks = ReleaseAnalyzer.Analyze("Store project API keys in the database in a hashed form (#1167)").Risks;

        Assert.Contains(RiskArea.Auth, risks);
        Assert.Contains(RiskArea.Data, risks);
    }

    [Fact]
    public void Analyze_MinimumServerRuntimeRaisedFromTo_IsAMigration()
    {
        const string notes = "## v1.11.0\n### Changed\n* Changed minimum PHP version requirement from `7.4` to `8.0`.\n* Upgraded from Laravel 8 to Laravel 9.";

        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);
    }
}
