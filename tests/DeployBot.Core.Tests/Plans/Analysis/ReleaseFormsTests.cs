using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Forms read in the fifteenth session (FRESH12's misses), each a fact about changelogs in general: versions written
/// with a hyphen, a raised runtime floor, support dropped (not deleted), class constants, notes that say they break
/// nothing, storage prose, re-synced records, capabilities, security fixes, image tags, federation, commits scoped to
/// tests or CI, Terraform resource tags and renamed keys. The notes are made up, not copied from the fixtures.
/// </summary>
public sealed class ReleaseFormsTests
{
    private static string Why(string notes, RiskArea area) => string.Join(", ", ReleaseAnalyzer.Evidence(notes, area));

    [Theory]
    [InlineData("## 2.4.1\n\n- Update the bundled binaries to OpenSSL-3.4.1 and PostgreSQL-17.2.")]
    [InlineData("## 2.5.0\n\n- Stop building native gems for ruby-2.7.")]
    public void Analyze_RuntimeVersionWrittenWithAHyphen_IsInfra(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra));

    [Fact]
    public void Analyze_TicketKeyNamedLikeARuntime_IsNotInfra() =>
        Assert.False(ReleaseAnalyzer.Analyze("## 2.4.1\n\n- NODE-4821: retry reads after a failover").Has(RiskArea.Infra));

    [Theory]
    [InlineData("## 3.0.0\n\n- Bump required Node.js version")]
    [InlineData("## 3.0.0\n\n- The new driver requires PostgreSQL 14+ and the RESP3 protocol")]
    public void Analyze_RaisedRuntimeFloor_IsBreaking(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking));

    [Fact]
    public void Analyze_SupportDroppedUnderRemoved_IsBreakingButNotDestructive()
    {
        var analysis = ReleaseAnalyzer.Analyze("## 3.1.0\n\n### Removed\n\n- Drop prebuilt wheel support for platform `win32`.");

        Assert.True(analysis.Has(RiskArea.Breaking));
        Assert.Empty(analysis.Destructive);
    }

    [Fact]
    public void Analyze_ConstantsRemovedUnderRemoved_IsDestructive() =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze("## 3.1.0\n\n### Removed\n\n- Remove the top-level constants Conn and Result.").Destructive);

    [Fact]
    public void Analyze_ClassConstantInCapitals_IsNotASetting()
    {
        const string notes = "## 3.1.0\n\n- Use the `Query::HINT_READ_ONLY` hint instead of calling `setReadOnly()`.";
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config), Why(notes, RiskArea.Config));
    }

    [Fact]
    public void Analyze_NoLongerInNotesThatSayTheyBreakNothing_IsNotBreaking()
    {
        const string notes = "## 5.4.2\n\nThis is a patch release with bug fixes only; there are no breaking changes.\n\n- `Subscriber.close` no longer blocks when the connection is already gone.";
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking));
    }

    [Theory]
    [InlineData("## 0.9.0\n\n- The server has changed the way it stores attachments, so that large files are streamed.")]
    [InlineData("## 0.9.0\n\n- You will need to re-sync existing invoices after upgrading.")]
    [InlineData("## 0.9.0\n\n- Passing `--prune` removes any orphaned upload records from the database.")]
    [InlineData("## 0.9.0\n\n- Cache entries are now prefixed with `v2:` inside Redis.")]
    public void Analyze_StoredDataChangedInProse_IsData(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Data));

    [Fact]
    public void Analyze_NewAbilityToPurge_IsNotDestructive() =>
        Assert.Empty(ReleaseAnalyzer.Analyze("## 0.9.0\n\n- Admins can now purge spam accounts from the moderation screen.").Destructive);

    [Fact]
    public void Analyze_RewriteThatCanNotBeReversed_IsDestructive() =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze("## 2.0.0\n\n- Existing attachments are recompressed on upgrade; this can not be reversed.").Destructive);

    [Theory]
    [InlineData("## 1.8.2\n\n- Bump the base image to 3.20.2, fixing several CVEs.")]
    [InlineData("## 1.8.2\n\n- Check webhook signatures with a secure compare.")]
    public void Analyze_SecurityFixWorded_IsAuth(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Auth));

    [Fact]
    public void Analyze_CvesThatDoNotApply_AreNotAuth() =>
        Assert.False(ReleaseAnalyzer.Analyze("## 1.8.2\n\n- Older releases of the parser had CVEs that never affected this driver.").Has(RiskArea.Auth));

    [Fact]
    public void Analyze_ImageTagBumped_IsInfra() =>
        Assert.True(ReleaseAnalyzer.Analyze("## 3.7.1\n\n- Update `agent.image.tag` to `7.61.0`.").Has(RiskArea.Infra));

    [Fact]
    public void Analyze_FederationWithOtherServers_IsExternal() =>
        Assert.True(ReleaseAnalyzer.Analyze("## 0.9.0\n\n- Posts are now federated to followers on other instances.").Has(RiskArea.External));

    [Theory]
    [InlineData("## 0.9.1\n\n- Fix a pub/sub message loss on reconnect.")]
    [InlineData("## 0.9.1\n\n- Tenant federation: add a limit on parallel queries.")]
    public void Analyze_MessagingPatternOrTenantFederation_IsNotExternal(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), Why(notes, RiskArea.External));

    [Theory]
    [InlineData("## 0.9.0\n\n- Publish events to Google Cloud Pub/Sub.")]
    [InlineData("## 0.9.0\n\n- Worldline: support the 3DS2 frictionless flow.")]
    [InlineData("## 0.9.0\n\n- [aws_lambda_function] Add the `logging_config` block.")]
    public void Analyze_ThirdPartyServiceNamedOtherwise_IsExternal(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External));

    [Theory]
    [InlineData("## 2.2.0\n\n- chore(test): run the suite against Kafka 3.9")]
    [InlineData("## 2.2.0\n\n- fix(ci): pin the Go toolchain to 1.23")]
    public void Analyze_CommitScopedToTestsOrCi_DeploysNothing(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_KeyThatIsNowAnotherKey_IsBreaking() =>
        Assert.True(ReleaseAnalyzer.Analyze("## 0.40.0\n\n- `cache.ttl_seconds: 60` (int) is now `cache.expire_after: 60s` (duration)").Has(RiskArea.Breaking));

    [Fact]
    public void Analyze_KeyWhoseValueIsNowAnother_IsNotARename() =>
        Assert.False(ReleaseAnalyzer.Analyze("## 0.40.0\n\n- `cache.enabled` is now `true`.").Has(RiskArea.Breaking));
}
