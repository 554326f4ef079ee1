using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the twenty-first session's risk-area round: what makes an item look like a third-party integration when
/// it is not (an invitation to the community, a vendor's CLI or a dependency group named after it, a provider that reads
/// local files), and the platform words the labellers count as infrastructure. Made-up items in the general form of real
/// changelogs.
/// </summary>
public sealed class Areas21FormsTests
{
    [Theory]
    [InlineData("## v0.19.2\n\n### Fixed\n- Fixed a crash in the query planner\n\n### What to do next?\n- Join our [Discord server](https://discord.gg/example)\n- Follow us on [Twitter](https://twitter.com/example)")]
    [InlineData("## 2.4.0\n\n- Faster startup\n- Join us on Slack to tell us what you think")]
    [InlineData("## 2.4.0\n\n- Faster startup\n- Chat with us on Discord")]
    public void Analyze_InvitationToTheCommunity_IsNoIntegration(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 2.4.0\n\n- Send alerts to Discord channels")]
    [InlineData("## 2.4.0\n\n- Follow the new Twitter API rate limits when posting")]
    [InlineData("## 2.4.0\n\n- Follow our upgrade guide: the Slack notifier now needs a bot token")]
    public void Analyze_ServiceTheReleaseTalksTo_StaysAnIntegration(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## v6.0.0\n\n### Removed\n\nThese packages are no longer installed on the agent image:\n  - Python 2\n  - AWS CLI v1")]
    [InlineData("## 7.0.0\n\n### Bug Fixes\n\n* **lambda:** bump the aws group in /lambdas with 6 updates")]
    [InlineData("## 7.0.0\n\n- chore(deps): bump the google group across 1 directory with 3 updates")]
    public void Analyze_VendorsCliOrDependencyGroup_IsNoIntegration(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 7.0.0\n\n- Retry AWS throttling errors when scaling up")]
    [InlineData("## 7.0.0\n\n- Upload artifacts to Google Cloud Storage")]
    [InlineData("## 7.0.0\n\n- Add an AWS Secrets Manager backend for agent tokens")]
    public void Analyze_VendorsService_StaysAnIntegration(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## v0.19.0\n\n- Remove deprecated `Host.setSecretFile` method. Use the `file://` secret provider instead.")]
    [InlineData("## v0.19.0\n\n- Add an env secret provider for local runs")]
    [InlineData("## 1.9.0\n\n- Resolve an issue with ipa/ldap sync not correctly installing TLS providers.")]
    [InlineData("## 1.9.0\n\n- Load the FIPS provider at startup when `fips = true`")]
    public void Analyze_ProviderOnTheHostItself_IsNoIntegration(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## v0.19.0\n\n- Add a Vault secret provider")]
    [InlineData("## v0.19.0\n\n- Add the `vault://` secret provider")]
    [InlineData("## 1.9.0\n\n- Add Keycloak provider for single sign-on")]
    public void Analyze_ProviderThatIsAService_StaysAnIntegration(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 7.10.1\n\n### Bug Fixes\n\n* **control-plane:** discard malformed SQS messages")]
    [InlineData("## 0.13.0\n\n- Gossip is deprecated; use NATS or Kafka for cluster coordination")]
    [InlineData("## 2.1.0\n\n- Add a Pulsar sink")]
    [InlineData("## 2.1.0\n\n- Reconnect to the message broker after it restarts")]
    public void Analyze_MessageQueueOrBroker_IsInfrastructure(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## 2.1.0\n\n- Bump `@aws-sdk/client-sqs` from 3.400.0 to 3.401.0 in the docs site")]
    [InlineData("## 2.1.0\n\n- Show queued messages in the inbox")]
    public void Analyze_QueueWordThatIsNoBroker_IsNotInfrastructure(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## v0.19.0\n\n### Added\n- engine: support registry mirror configs on `engine.json`")]
    [InlineData("## v0.19.2\n\n### Fixed\n- Fixed engine crash when container sourced from private image was used as a service")]
    [InlineData("## 3.2.0\n\n- Pull from a private container registry with a pull secret")]
    [InlineData("## 3.2.0\n\n- Publish charts as OCI artifacts")]
    public void Analyze_WhereContainersComeFrom_IsInfrastructure(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## 3.2.0\n\n- Fix the image gallery container overflowing on narrow screens")]
    [InlineData("## 3.2.0\n\n- Register services in the DI container at startup")]
    [InlineData("## 3.2.0\n\n- Read plugin settings from the Windows registry")]
    [InlineData("## 11.0.0\n\n- Add missing tooltip to creation date on container registry overview.")]
    public void Analyze_ContainerOrRegistryOfAnApp_IsNotInfrastructure(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## 2.1.1\n\n### Changed\n\n- **Go version**: Remove toolchain in go.mod files and set Go directives to 1.25")]
    [InlineData("## 1.11.0\n\n- rlm_kanidm has been rewritten from python to rust. This greatly improves performance.")]
    [InlineData("## 4.0.0\n\n- The sync worker was ported to Go")]
    public void Analyze_RuntimeAComponentIsBuiltWithChanges_IsInfrastructure(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## 4.0.0\n\n- The README was rewritten to explain the new flags")]
    [InlineData("## 4.0.0\n\n- Ported the dashboard to the new design system")]
    public void Analyze_RewriteThatNamesNoRuntime_IsNotInfrastructure(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## 2.0.0\n\n### Fixes\n\n- Add graceful shutdown/drain to the docs server so rollout restarts don't reset in-flight readers")]
    [InlineData("## 7.10.2\n\n### Bug Fixes\n\n* **termination-watcher:** only emit SpotInterruptionWarning metric for actual spot interruption events")]
    [InlineData("## 6.0.0\n\n- Support i4g instance types")]
    [InlineData("## 3.0.0\n\n- Drain in-flight requests before the pod stops")]
    public void Analyze_HowInstancesAreRunAndReplaced_IsInfrastructure(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## 3.0.0\n\n- Drain the notification list when the user marks all as read")]
    [InlineData("## 3.0.0\n\n- Add a rolling average to the latency chart")]
    public void Analyze_DrainOrRollingOfSomethingElse_IsNotInfrastructure(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra), notes);

    [Theory]
    [InlineData("## v1.11.2\n\n### Bugfixes\n\n- Fix `prometheus.exporter.cloudwatch` to not always emit debug logs but respect debug property.")]
    [InlineData("## v1.12.0\n\n- Add `otelcol.exporter.datadog` component")]
    public void Analyze_VendorsServiceInACollectorsComponent_IsAnIntegration(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 2.0.0\n\n- Add `loki.source.file` tailing of rotated files")]
    public void Analyze_ComponentOfNoVendor_IsNoIntegration(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), notes);

    [Theory]
    [InlineData("## 2.29.1\n\n* The object-expirer now only cleans up empty containers. Previously, it would attempt to delete all processed containers, regardless of whether there were entries which were skipped.")]
    [InlineData("## 2.36.2\n\n* Block client-supplied update headers. Previously, these could be used to perform server-side request forgery attacks.")]
    public void Analyze_SentenceTellingOnlyTheOldBehaviour_IsNeitherDestructiveNorBreaking(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Empty(analysis.Destructive);
        Assert.False(analysis.Has(RiskArea.Breaking), notes);
        Assert.False(analysis.Has(RiskArea.Data), notes);
    }

    [Theory]
    [InlineData("## 3.0.0\n\n* Previously, the default timeout was 30s. It is 5s in this release.")]
    [InlineData("## 3.0.0\n\n* Previously the API would return 200 for a missing key, but it now returns 404.")]
    public void Analyze_SentenceContrastingOldAndNew_StaysBreaking(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking), notes);
}
