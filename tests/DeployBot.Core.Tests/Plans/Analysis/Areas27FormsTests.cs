using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 27th session's areas round (FRESH24's misses read), each written as release notes of other projects
/// put it, with counterexamples that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas27FormsTests
{
    private static IReadOnlyList<RiskArea> Risks(string notes) => ReleaseAnalyzer.Analyze(notes).Risks;

    [Theory]
    [InlineData("- The default retention period for finished tasks was shortened from 90 to 30 days.")]
    [InlineData("- Retention policies are now applied to audit events")]
    [InlineData("- Keep delivery receipts for 7 days (retention cut from 30d to 7d)")]
    [InlineData("3. Run `valkey-cli FLUSHALL` on every node before starting the new version.")]
    [InlineData("- Wipe your Memcached instances before switching to the new key layout")]
    [InlineData("- The search index layout changed, so existing indices have to be deleted and recreated.")]
    [InlineData("- Drop the reporting database and recreate it with the shipped schema.")]
    [InlineData("- Move the buckets in your state with `terraform state mv` or they will be replaced.")]
    [InlineData("- Existing node pools in state must be migrated with the bundled script.")]
    [InlineData("- A plain `terraform apply` would destroy and recreate all of your existing node pools.")]
    [InlineData("- If you skip this step you will lose your data.")]
    [InlineData("- Set `keepLegacyGroup: true`, otherwise all existing data will be lost.")]
    [InlineData("- Sessions and rate-limit counters are now kept in the database instead of on local disk")]
    [InlineData("- Dropped support for v1 snapshots, as the v2 format is used since release 4.1")]
    [InlineData("- Keep only one simple SQL-based storage backend")]
    public void Analyze_StoredDataPurgedFlushedRecreatedOrMoved_IsData(string notes) =>
        Assert.Contains(RiskArea.Data, Risks(notes));

    [Fact]
    public void Analyze_NoDowngradeOnceTheDatabaseIsUpgraded_IsData() =>
        Assert.Contains(RiskArea.Data, Risks("## 1.8.0\n\n- The bundled PostgreSQL schema moves to version 9.\n- There is no downgrade procedure."));

    [Theory]
    [InlineData("- Fix a bug where you could lose data when the disk filled up")]
    [InlineData("- Show the retention policy on the bucket page")]
    [InlineData("- Migrate the component state to the new store")]
    [InlineData("- Delete and recreate the webhook pod if it is stuck")]
    [InlineData("- You cannot downgrade the CLI with winget; uninstall it first")]
    [InlineData("- Removed support for TOML; since 2.0 the YAML config format is used")]
    public void Analyze_DataWordsThatRewriteNothing_AreNoData(string notes) =>
        Assert.DoesNotContain(RiskArea.Data, Risks(notes));

    [Theory]
    [InlineData("- Support client certificates when talking to the proxy")]
    [InlineData("- Add options to secure the traffic between the agent and the collector")]
    [InlineData("- Honour the `.netrc` file for HTTP remotes")]
    [InlineData("- `r/acme_oauth_app`: changing `client_id` now forces replacement")]
    public void Analyze_ClientCertificatesSecuredLinksAndCredentialFiles_AreAuth(string notes) =>
        Assert.Contains(RiskArea.Auth, Risks(notes));

    [Theory]
    [InlineData("- Improve connection pooling between the API and the cache")]
    [InlineData("- Added the `oauthlib` package to the docs requirements")]
    public void Analyze_ConnectionsAndLookalikeNames_AreNoAuth(string notes) =>
        Assert.DoesNotContain(RiskArea.Auth, Risks(notes));

    [Theory]
    [InlineData("- New: [storage] max_sync_age option to bound the sync window")]
    [InlineData("- Add chart values to set the priority class of the exporter")]
    [InlineData("- Make the legacy XML serializer opt-in")]
    [InlineData("- Retries on conflict are now defaulted to `true`")]
    [InlineData("- The default batch size has been lowered from 500 to 100.")]
    public void Analyze_SectionOptionsChartValuesAndChangedDefaults_AreConfig(string notes) =>
        Assert.Contains(RiskArea.Config, Risks(notes));

    [Theory]
    [InlineData("- Show the chart legend below the graph")]
    [InlineData("- FIXED: Cache settings test errors")]
    public void Analyze_ChartsAndTestErrors_AreNoConfig(string notes) =>
        Assert.DoesNotContain(RiskArea.Config, Risks(notes));

    [Theory]
    [InlineData("- Upload build metadata to HCP Vault Radar")]
    [InlineData("- Fix run polling against Terraform Enterprise 202401-1")]
    public void Analyze_HashiCorpCloud_IsExternal(string notes) =>
        Assert.Contains(RiskArea.External, Risks(notes));

    [Fact]
    public void Analyze_KubernetesWebhookServer_IsNoExternal() =>
        Assert.DoesNotContain(RiskArea.External, Risks("- chart: option to turn the webhook server off"));

    [Theory]
    [InlineData("- MySQL must be version 8.4 or later.")]
    [InlineData("- Packages for EL8 and EL9 are now signed with the new key")]
    public void Analyze_EngineFloorsAndEnterpriseLinux_AreInfra(string notes) =>
        Assert.Contains(RiskArea.Infra, Risks(notes));

    [Theory]
    [InlineData("- Move the AppVeyor builds to Windows Server 2022")]
    [InlineData("- Run the CircleCI jobs on Ubuntu 24.04")]
    public void Analyze_ProjectCiBuilds_AreNoInfra(string notes) =>
        Assert.DoesNotContain(RiskArea.Infra, Risks(notes));

    [Theory]
    [InlineData("- The `retry` flag is now off unless set, which breaks backward compatability for scripts")]
    [InlineData("- MAJOR: Workers are started lazily.")]
    [InlineData("- [CHANGE] EKS platform: change the Service name of the node exporter")]
    public void Analyze_MisspeltCompatibilityMajorTagAndServiceRename_AreBreaking(string notes) =>
        Assert.Contains(RiskArea.Breaking, Risks(notes));

    [Theory]
    [InlineData("- Major improvements to the query planner")]
    [InlineData("- Fix the Service name shown in NOTES.txt")]
    public void Analyze_MajorAsAWordAndAFixedServiceName_AreNoBreaking(string notes) =>
        Assert.DoesNotContain(RiskArea.Breaking, Risks(notes));

    [Theory]
    [InlineData("- This release needs Ruby 3.2 as the minimum version")]
    [InlineData("- Python 3.10 is now the minimum supported version")]
    public void Analyze_RaisedRuntimeFloor_IsBreaking(string notes) =>
        Assert.Contains(RiskArea.Breaking, Risks(notes));

    [Fact]
    public void Analyze_RuntimeTestedOnCi_IsNoBreaking() =>
        Assert.DoesNotContain(RiskArea.Breaking, Risks("- Tested on Python 3.13 in CI"));

    [Fact]
    public void Analyze_ArgumentRemovedNow_IsDestructive() =>
        Assert.Contains(ReleaseAnalyzer.Analyze("- The deprecated `timeout` argument has now been removed.").Items, item => item.Destructive);

    [Fact]
    public void Analyze_ArgumentAddedOrDocumented_IsNotDestructive() =>
        Assert.DoesNotContain(ReleaseAnalyzer.Analyze("- The `timeout` argument now accepts a float").Items, item => item.Destructive);

    [Fact]
    public void Analyze_SettingsFileMigrationRemoved_IsNoSchema() =>
        Assert.DoesNotContain(RiskArea.Schema, Risks("- Added MariaDB support\n- Removed the automatic YAML settings file migration"));
}
