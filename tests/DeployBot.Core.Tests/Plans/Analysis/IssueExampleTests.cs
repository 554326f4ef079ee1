using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>The release notes issue 14 was opened with: what a user typed and what the analysis must say about it.</summary>
public sealed class IssueExampleTests
{
    [Fact]
    public void Analyze_DropColumnAndRemoveEndpoint_IsBreakingSchemaAndAuthWithDestructiveItems()
    {
        var analysis = ReleaseAnalyzer.Analyze("Drop the legacy users.password_md5 column and remove the deprecated /v1/login endpoint");

        Assert.Equal([RiskArea.Schema, RiskArea.Auth, RiskArea.Breaking], analysis.Risks.Intersect([RiskArea.Schema, RiskArea.Auth, RiskArea.Breaking]));
        Assert.Contains(analysis.Destructive, item => item.Text.Contains("users.password_md5", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_AddColumnDropTableRotateStripeKey_HasConfigBreakingSchemaAndExternal()
    {
        var analysis = ReleaseAnalyzer.Analyze("Adds invoices.due_at column; drop legacy_sessions table; rotate Stripe key");

        Assert.All([RiskArea.Schema, RiskArea.External, RiskArea.Config, RiskArea.Breaking], area => Assert.True(analysis.Has(area), $"{area} missing"));
        Assert.Contains(analysis.Destructive, item => item.Text.Contains("legacy_sessions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## 10.8.3\n\n### Fixed\n\n- Fix a crash when the export queue is empty\n- Fix the retry delay of failed jobs")]
    [InlineData("## [2.147.1] (2024-05-02)\n\n### Bug Fixes\n\n* **api:** handle an empty page token\n")]
    [InlineData("## 3.2.4\n\n### Changed\n\n- Bump golang.org/x/net to address CVE-2024-45338\n- Various dependency upgrades")]
    public void Analyze_PatchReleaseThatOnlyFixes_IsHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 3.2.4\n\n### Added\n\n- Add a `--dry-run` flag to the import command\n\n### Fixed\n\n- Fix the retry delay")]
    [InlineData("## 3.2.4\n\n### Changed\n\n- The `sessions` endpoint is now deprecated; use `/v2/sessions`\n\n### Fixed\n\n- Fix the retry delay")]
    public void Analyze_PatchReleaseThatAlsoAddsOrDeprecates_IsNotHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_PostgresMajorUpgrade_IsMigration() =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze("PostgreSQL 9.6 → 14 upgrade for the orders database").Kind);

    [Theory]
    [InlineData("Raise minimum Node.js engine from >=14.0 to >=20.0", RiskArea.Infra)]
    [InlineData("Minimum required Ruby version is now 3.2", RiskArea.Breaking)]
    [InlineData("Add `transaction_retried` webhook", RiskArea.External)]
    [InlineData("Add support for MBWAY payment types and refunds", RiskArea.External)]
    [InlineData("`azurerm_storage_account` - add support for the `sftp_enabled` property", RiskArea.External)]
    [InlineData("Okta and NetIQ identity providers now use `sub` as the account ID", RiskArea.Auth)]
    [InlineData("Headless now requires the `headless` extra to be installed", RiskArea.Breaking)]
    [InlineData("Prevent partial matching of the `iss` claim (GHSA-75c5-xw7c-p5pm)", RiskArea.Auth)]
    [InlineData("`MAILER_ADAPTER` now defaults to `Bamboo.Mua`", RiskArea.Config)]
    [InlineData("Database credentials are now read from Vault at startup", RiskArea.Config)]
    [InlineData("The `users` schema gains a `locale` column", RiskArea.Schema)]
    [InlineData("Send traces to Datadog through the agent", RiskArea.External)]
    public void Analyze_ChangelogPhrasing_FindsTheArea(string notes, RiskArea area) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(area), $"{area} not found in: {notes}");

    [Theory]
    [InlineData("Fix `--sortr=path` ordering", RiskArea.Config)]
    [InlineData("[#1830] Fix `NameError` when `client_credentials` is read from the `admin_users` parameter", RiskArea.Config)]
    [InlineData("Removed the `hub` parameter from `record_sql_queries()`", RiskArea.Config)]
    [InlineData("OAuth callback rejected valid state tokens after the SDK upgrade", RiskArea.External)]
    [InlineData("Allow Stdio access logs alongside OTLP logging", RiskArea.External)]
    [InlineData("Fixed a memory leak in the OpenTelemetry implementation", RiskArea.External)]
    [InlineData("Shared links can now be limited to a particular segment of the data", RiskArea.External)]
    [InlineData("Use the `v1` API as the stored API version", RiskArea.External)]
    [InlineData("BREAKING CHANGE: make UUID schema type return bson UUIDs", RiskArea.Schema)]
    [InlineData("fix(schema): put enum on array elements in toJSONSchema", RiskArea.Schema)]
    [InlineData("feat(types): add Schema.create() for TypeScript type inference", RiskArea.Schema)]
    [InlineData("See migration RFC.", RiskArea.Schema)]
    [InlineData("`res.clearCookie` will ignore user provided `maxAge` and `expires` options", RiskArea.Config)]
    [InlineData("Reject requests that present a `client_id` parameter naming another client", RiskArea.Config)]
    [InlineData("Tested with Vault v2.0.4, v1.21.9", RiskArea.Config)]
    public void Analyze_WordsThatDoNotMeanTheArea_DoNotFindIt(string notes, RiskArea area) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(area), $"{area} found in: {notes}");
}
