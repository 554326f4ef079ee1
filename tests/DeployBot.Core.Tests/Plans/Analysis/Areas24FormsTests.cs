using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 24th session's areas round (FRESH21's misses read), each written as release notes of several projects
/// put it, with a counterexample that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas24FormsTests
{
    [Theory]
    [InlineData("- Migration of user accounts from Elasticsearch to Cassandra")]
    [InlineData("- Fix migration issues from MongoDB to PostgreSQL")]
    [InlineData("- Before upgrading, migrate any remaining `v1alpha1` objects to `v1`.")]
    [InlineData("- Migrate all remaining legacy sessions to the new store before the upgrade.")]
    public void Analyze_StoredDataMovedToAnotherStoreOrVersion_IsData(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Contains(RiskArea.Data, analysis.Risks);
        Assert.DoesNotContain(RiskArea.Schema, analysis.Risks);
    }

    [Theory]
    [InlineData("- If you see these warnings, follow the linked steps to migrate to the current settings format.")]
    [InlineData("- Migrate your chart values to the new configuration format before upgrading.")]
    [InlineData("- The limiter store sweeps stale entries and purges them after twice the configured interval.")]
    [InlineData("- Expired nonces are purged every cleanup interval.")]
    public void Analyze_ConfigurationFormatOrScheduledHousekeeping_IsNoDataRewrite(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.DoesNotContain(RiskArea.Data, analysis.Risks);
        Assert.Empty(analysis.Destructive);
    }

    [Fact]
    public void Analyze_PurgeOnUpgrade_StaysDataAndDestructive()
    {
        var analysis = ReleaseAnalyzer.Analyze("- The upgrade purges all orphaned attachments from the database.");

        Assert.Contains(RiskArea.Data, analysis.Risks);
        Assert.NotEmpty(analysis.Destructive);
    }

    [Theory]
    [InlineData("- Default Postgres repository, image name and tag are set to `\"\"`.")]
    [InlineData("- The bundled Redis image now comes from the official repository.")]
    [InlineData("- Pin the image digest of the sidecar.")]
    public void Analyze_ImageOfAServiceOrItsRepository_IsInfra(string notes)
    {
        Assert.Contains(RiskArea.Infra, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("- The default Bitnami Postgres image is not available anymore.")]
    [InlineData("- This release does not support the storage format of v0.5 anymore.")]
    [InlineData("- `Query.Column` does not accept a relation name any more.")]
    public void Analyze_SomethingNotSupportedAnymore_IsBreaking(string notes)
    {
        Assert.Contains(RiskArea.Breaking, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Fact]
    public void Analyze_FixOfSomethingNotAcceptedAnymore_IsNotBreaking()
    {
        Assert.DoesNotContain(RiskArea.Breaking, ReleaseAnalyzer.Analyze("### Fixed\n- Fix tokens not accepted anymore after a refresh").Risks);
    }

    [Theory]
    [InlineData("- Avro libraries which are no longer maintained should not be used in new code.")]
    [InlineData("- The Python 2 bindings are no longer actively maintained.")]
    public void Analyze_ProjectNoLongerMaintained_IsNotBreaking(string notes)
    {
        Assert.DoesNotContain(RiskArea.Breaking, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("- Evict auto-delete queues and exchanges from the topology store on recovery")]
    [InlineData("- Declare auto-delete topics with the right flags")]
    public void Analyze_AutoDeleteProperty_IsNoRemoval(string notes)
    {
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);
    }

    [Fact]
    public void Analyze_QueueDeleted_StaysDestructive()
    {
        Assert.NotEmpty(ReleaseAnalyzer.Analyze("- Delete the `jobs.retry` queue").Destructive);
    }

    [Theory]
    [InlineData("* Fixed bug PT-2203: CVEs reported in the bundled Go runtime")]
    [InlineData("- Fixes a bug where OAuthTokenService used the wrong base URL")]
    [InlineData("- Revert float64 auth_time claim")]
    public void Analyze_SecurityOrIdentityInCodeNames_IsAuth(string notes)
    {
        Assert.Contains(RiskArea.Auth, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Theory]
    [InlineData("* Fixed bug: skipping chunks when using pt-online-schema-change", RiskArea.Schema)]
    [InlineData("- Fix chunk size of the online schema change on large tables", RiskArea.Schema)]
    [InlineData("- Fixed HTTP2 to HTTP1.1 downgrade by explicitly forcing the HTTP2 ALPN.", RiskArea.Infra)]
    [InlineData("- Require Kafka 3.0 or newer", RiskArea.Infra)]
    public void Analyze_ToolOrProtocolOfTheArea_IsThatArea(string notes, RiskArea area)
    {
        Assert.Contains(area, ReleaseAnalyzer.Analyze(notes).Risks);
    }

    [Fact]
    public void Analyze_KafkaInAClientPackageName_IsNotInfra()
    {
        Assert.DoesNotContain(RiskArea.Infra, ReleaseAnalyzer.Analyze("- Add a `FlushAll` helper to confluent-kafka-go").Risks);
    }
}
