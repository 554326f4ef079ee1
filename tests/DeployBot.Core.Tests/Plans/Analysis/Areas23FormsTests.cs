using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 23rd session's areas round, each written as release notes of several projects put it, with a
/// counterexample that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas23FormsTests
{
    [Theory]
    [InlineData("- `CACHE_TTL` was reset to its default; if you changed it, you must set it again after upgrading", "CACHE_TTL")]
    [InlineData("- The `ingest.batch_size` option now defaults to 500; it must be lowered again on small nodes", "ingest.batch_size")]
    [InlineData("- `SESSION_SECRET` is now required; this means every replica needs the same value", "SESSION_SECRET")]
    [InlineData("- The `legacy_auth` flag was removed; unless you disabled them, API keys keep working", "legacy_auth")]
    public void Analyze_ClauseThatRefersBackAfterASemicolon_StaysWithTheNameItIsAbout(string notes, string name)
    {
        var items = ReleaseAnalyzer.Analyze(notes).Items;

        var item = Assert.Single(items);
        Assert.Contains(name, item.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- Add the `orders.note` column; this release also drops `orders.legacy_note`")]
    [InlineData("- Rotate `STRIPE_API_KEY`; these settings are read at start-up only")]
    [InlineData("- Bump Redis to 7.2; drop the `legacy_cache` table")]
    [InlineData("- Classic groups drive their own subscription, so the broker never assigns them a topic; they are unaffected.")]
    public void Analyze_ClauseWithItsOwnSubjectOrNoNameToCarry_IsAnItemOfItsOwn(string notes)
    {
        Assert.Equal(2, ReleaseAnalyzer.Analyze(notes).Items.Count);
    }

    [Fact]
    public void Analyze_NameInAnEarlierSentenceOnly_LeavesThePronounClauseApart()
    {
        var items = ReleaseAnalyzer.Analyze("- The client now trusts `OffsetFetch` in both paths. Share groups drive their own subscription; they are unaffected.").Items;

        Assert.Equal(3, items.Count);
    }

    [Theory]
    [InlineData("- Run `ALTER TABLE events ADD COLUMN created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP` before upgrading")]
    [InlineData("- Migration: ALTER TABLE jobs ADD COLUMN attempts INT NOT NULL DEFAULT 0")]
    [InlineData("- New column `audit.seen_at`: ADD COLUMN seen_at TIMESTAMPTZ DEFAULT NOW()")]
    [InlineData("- The upgrade runs `ALTER TABLE users ALTER COLUMN locale SET DEFAULT 'en'`")]
    public void Analyze_SqlDefaultOfAColumn_IsSchemaNotConfiguration(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.True(analysis.Has(RiskArea.Schema), notes);
        Assert.False(analysis.Has(RiskArea.Config), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Config)));
    }

    [Theory]
    [InlineData("- `CACHE_TTL` now defaults to 300; run `ALTER TABLE events ADD COLUMN ttl INT DEFAULT 300`")]
    [InlineData("- `max_connections` now defaults to 200 (ALTER TABLE limits ADD COLUMN max INT DEFAULT 200)")]
    public void Analyze_SettingBesideSql_IsStillConfiguration(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config), notes);

    [Theory]
    [InlineData("- Pull in new gax for protobufjs vuln fix (#1925)")]
    [InlineData("- Add support for mysql_clear_password in mysql-binlog-connector")]
    [InlineData("- Add new write-only attribute `password_wo` to resource `vault_database_secret_backend_connection`")]
    [InlineData("- The server private key can now be loaded from a PKCS#8 file")]
    [InlineData("- chore: The GPG key used to sign DEB/RPM packages has been rotated")]
    [InlineData("- Validation of X.509 name constraints has been refactored to align with RFC 5280.")]
    [InlineData("- Add securityContext config in chart for redis-exporter")]
    [InlineData("- Correctly intersect role policy DENYs for multi-role principals")]
    public void Analyze_IdentityMaterialOrAccessRules_IsAuth(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Auth), notes);

    [Theory]
    [InlineData("- Principal components are now computed in parallel")]
    [InlineData("- `REDIS_PASSWORD` can now be read from a file")]
    public void Analyze_AnalysisTermOrDatastoreCredentialSetting_IsNotAuth(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Auth), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Auth)));

    [Theory]
    [InlineData("- MariaDB-Monitor now requires MariaDB Server 10.4 or newer for failover/ switchover.")]
    [InlineData("- `5.X` is officially supported and tested against Vault server versions >= `1.15.x`.")]
    [InlineData("- Support for the legacy SysV and Upstart system managers has been removed.")]
    [InlineData("- BUGFIX: `vminsert`: properly discover addresses of storage nodes with automatic discovery.")]
    [InlineData("- This could lead to an endlessly filling up volume.")]
    [InlineData("- Preserve HTTPRoute annotations injected by the AWS Gateway API Controller")]
    [InlineData("- Debezium Server 1.9.6 is using MSSQL JDBC 7.2.2 instead of 9.4.1")]
    [InlineData("- Reverted the bundle formats that forced resource recreation.")]
    [InlineData("- You will need to recompile NEB modules with the new headers to avoid segmentation faults.")]
    public void Analyze_PlatformPartChanged_IsInfra(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("### Zulip Server 11.2\n\n- Fixed a crash in the message editor.")]
    [InlineData("- Logs can now be sent to the systemd journal.")]
    [InlineData("- Fix file descriptor leak preventing deleted files from freeing disk space")]
    public void Analyze_ProductVersionOrLogTarget_IsNotInfra(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Infra)));

    [Theory]
    [InlineData("- Please refer to the details in the Terraform Vault Provider 4.0.0 Upgrade Guide.")]
    [InlineData("- Fix `auth_login_gcp` field constraint on field `service_account`")]
    [InlineData("- Debezium Server messages not being sent to Pub/Sub after restart")]
    public void Analyze_ServiceNamedAsProductOrCloudSuffix_IsExternal(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("- Added actions to publish charts to github container registry #1201")]
    [InlineData("- The v1beta1 API version will be removed in next release.")]
    [InlineData("- Upgrade to version 2 of the Terraform Plugin SDK.")]
    [InlineData("- Register the package's Service Provider in `config/app.php`.")]
    [InlineData("- Redis Pub/Sub channels are now sharded.")]
    public void Analyze_ProjectsOwnPublishingOrTooling_IsNotExternal(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.External)));

    [Theory]
    [InlineData("- The global setting `skip_permission_checks` has been deprecated and is ignored.")]
    [InlineData("- The `log_file` option is now ignored: logs always go to standard output.")]
    [InlineData("## 4.4.1\n\n### Bug Fixes\n\n* An existing method `SearchFuzzedVehicles` is removed from service `VehicleService`")]
    public void Analyze_SettingIgnoredOrExistingApiRemoved_IsBreaking(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking), notes);

    [Fact]
    public void Analyze_ExistingMethodRemovedUnderBugFixes_IsDestructive() =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze("## 4.4.1\n\n### Bug Fixes\n\n* An existing method `SearchFuzzedVehicles` is removed from service `VehicleService`").Destructive);

    [Theory]
    [InlineData("- The PDP no longer caches verified tokens in memory.")]
    [InlineData("- Socket handlers will no longer cause sensu-backend to panic when interrupted mid-write.")]
    [InlineData("- If you are upgrading from an older major version of MaxScale, please read the upgrading document for this version.")]
    [InlineData("### Bug Fixes\n\n- Fix a failure to initialize the provider due to incompatible dependencies (#2575)")]
    [InlineData("### Bug Fixes\n\n- MXS-5033 MaxScale should prevent incompatible TLS certificates from being configured")]
    public void Analyze_CacheBugSymptomUpgradePointerOrCauseOfABug_IsNotBreaking(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Breaking)));
}
