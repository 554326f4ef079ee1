using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 28th session's areas round (FRESH25's misses and false alarms read), each written as release notes of
/// other projects put it, with counterexamples that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas28FormsTests
{
    private static IReadOnlyList<RiskArea> Risks(string notes) => ReleaseAnalyzer.Analyze(notes).Risks;

    [Theory]
    [InlineData("- Sessions kept in Memcached can't be decoded by the new serializer")]
    [InlineData("- All existing sessions are invalidated by this upgrade.")]
    [InlineData("- The session serializer switched from pickle to JSON.")]
    [InlineData("- `PUSH_CLIENT_SECRET` must now be set on the API server")]
    public void Analyze_StoredSessionsPurgedOrClientSecretSettings_AreAuth(string notes) =>
        Assert.Contains(RiskArea.Auth, Risks(notes));

    [Theory]
    [InlineData("- See the `Server settings <https://docs.example.org/config.html#authentication>`_ page for details.")]
    [InlineData("- Durable MQTT subscriptions are purged when the session expiry interval elapses")]
    [InlineData("- We plan to backport fixes for major bugs or security issues to 4.x for six more months.")]
    [InlineData("- Wait for 7.1 before running it anywhere critical (e.g. nightly security patches).")]
    [InlineData("- The permission backend now uses a connection pool")]
    [InlineData("- src/oauth/helpers.py")]
    public void Analyze_DocsLinksProtocolSessionsSupportPromisesAndFilePaths_AreNoAuth(string notes) =>
        Assert.DoesNotContain(RiskArea.Auth, Risks(notes));

    [Theory]
    [InlineData("- Fix the permission check on the admin API")]
    [InlineData("- `GHSA-ab12 <https://github.com/acme/app/security/advisories/GHSA-ab12-cd34-ef56>`_: stored XSS in comments")]
    public void Analyze_PermissionChecksAndAdvisoryLinks_StayAuth(string notes) =>
        Assert.Contains(RiskArea.Auth, Risks(notes));

    [Theory]
    [InlineData("- `var.network_plugin_mode` is replaced by `var.network_policy`")]
    [InlineData("- Several inventory variables of the `debops.nginx` role changed")]
    [InlineData("- The following variables of the sshd role have been removed:")]
    [InlineData("| Old variable name | New variable name | Changed value |")]
    [InlineData("- The broker now has an option to enable synchronous replication.")]
    [InlineData("- the environment fallbacks for api_url and timeout now work")]
    public void Analyze_TerraformAndRoleVariablesOptionsToSetAndEnvironmentFallbacks_AreConfig(string notes) =>
        Assert.Contains(RiskArea.Config, Risks(notes));

    [Theory]
    [InlineData("- Declare `var` instead of `let` in the generated bundle")]
    [InlineData("- Internal variables have been renamed for readability")]
    [InlineData("- `CVE-2026-1 <https://example.org/advisories/1>`_: Unauthenticated SQL injection in `search_sql`")]
    public void Analyze_CodeVariablesAndReStructuredTextLinks_AreNoConfig(string notes) =>
        Assert.DoesNotContain(RiskArea.Config, Risks(notes));

    [Theory]
    [InlineData("- Go is upgraded to 1.22.")]
    [InlineData("- Clients now try IPv6 and IPv4 addresses in parallel (Happy Eyeballs)")]
    [InlineData("- Requires the php-intl extension on the server")]
    [InlineData("- Discontinue .NET 4.5 support")]
    public void Analyze_ToolchainUpgradesDualStackAndRuntimeExtensions_AreInfra(string notes) =>
        Assert.Contains(RiskArea.Infra, Risks(notes));

    [Theory]
    [InlineData("- The `in_range` check treats IPv4-mapped IPv6 addresses as IPv4")]
    [InlineData("- Reword the IPv6 paragraph of the upgrade guide")]
    public void Analyze_AddressFormats_AreNoInfra(string notes) =>
        Assert.DoesNotContain(RiskArea.Infra, Risks(notes));

    [Theory]
    [InlineData("- Switched the store locator to Mapbox GL")]
    [InlineData("- Moving to the new tile API affects your map billing")]
    public void Analyze_MapProvidersAndBilling_AreExternal(string notes) =>
        Assert.Contains(RiskArea.External, Risks(notes));

    [Theory]
    [InlineData("- Optional pytest integration for the fake server")]
    [InlineData("- Snowflake and BigQuery targets now quote identifiers")]
    public void Analyze_TestFrameworkIntegrationsAndDatabaseTargets_AreNoExternal(string notes) =>
        Assert.DoesNotContain(RiskArea.External, Risks(notes));

    [Theory]
    [InlineData("- Sessions stored in Memcached must be deleted after the upgrade: run `flush_all`.")]
    [InlineData("- The broker no longer stores delivery counters in the journal")]
    [InlineData("- Make sure all retry queues are empty before you upgrade.")]
    [InlineData("- Dead-letter queues will be deleted automatically once their consumer is gone")]
    [InlineData("- Expect an hour of downtime while the database is migrated.")]
    public void Analyze_StoredRecordsPurgedDrainedOrMigratedWithDowntime_AreData(string notes) =>
        Assert.Contains(RiskArea.Data, Risks(notes));

    [Theory]
    [InlineData("- Queue names will be shown in the sidebar")]
    [InlineData("- Show how many messages are stored in the journal")]
    public void Analyze_QueueAndJournalWordsThatPurgeNothing_AreNoData(string notes) =>
        Assert.DoesNotContain(RiskArea.Data, Risks(notes));

    [Fact]
    public void Analyze_DatabaseSaidToBeMigrated_IsSchema() =>
        Assert.Contains(RiskArea.Schema, Risks("- The database will be migrated on first start; this takes a few minutes."));

    [Theory]
    [InlineData("- Fixed the schema page for MySQL 5.7")]
    [InlineData("- New schema browser in the query editor for Postgres")]
    public void Analyze_SchemaScreens_AreNoSchema(string notes) =>
        Assert.DoesNotContain(RiskArea.Schema, Risks(notes));

    [Theory]
    [InlineData("- The test server has a new Maven coordinate and package name.")]
    [InlineData("- The SDK is now packaged as separate core and Android artifacts")]
    [InlineData("- Discontinue Windows 7 support")]
    public void Analyze_NewCoordinatesSplitArtifactsAndDiscontinuedSupport_AreBreaking(string notes) =>
        Assert.Contains(RiskArea.Breaking, Risks(notes));

    [Theory]
    [InlineData("- Fix a race in config caching when two workers start")]
    [InlineData("- fix: stop setting `Connection: close` on keep-alive responses")]
    public void Analyze_FixesInConfigurationCodeOrOfSettingAHeader_AreNoConfig(string notes) =>
        Assert.DoesNotContain(RiskArea.Config, Risks(notes));

    [Theory]
    [InlineData("- The new composite index speeds up the cleanup query when deleting a project.")]
    [InlineData("- Remove the deprecated `status=draft` call from the examples")]
    public void Analyze_DeletionAsCircumstanceOrInExamples_IsNotDestructive(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Destructive.Any());

    [Fact]
    public void Analyze_FieldRemovedFromTheApi_StaysDestructive() =>
        Assert.True(ReleaseAnalyzer.Analyze("- Remove the `status` field from the API").Destructive.Any());

    [Fact]
    public void Analyze_HeadingSayingThereAreNoBreakingChanges_IsNotBreaking() =>
        Assert.DoesNotContain(RiskArea.Breaking, Risks("## 3.0.0\n\n### 3.0 is out, without any breaking changes to existing APIs\n\nThe client is now generated from the OpenAPI spec."));
}
