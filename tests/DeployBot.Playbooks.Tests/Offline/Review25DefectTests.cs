using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the 25th session's reading of real plans (FRESH21: argo-events, flux notification-controller, Kong charts,
/// sentry-ruby, stripe-dotnet, jwx, Redpanda Console) found an engineer on duty at 2 a.m. would have been misled by.
/// </summary>
public sealed class Review25DefectTests
{
    /// <summary>
    /// (argo-events v1.7.6, flux notification-controller 1.9.0) A dependency raised in the release is compiled into it: an
    /// AMQP or Pub/Sub client's bump is no change of the messaging system. A user saw "Record the committed offsets" and
    /// "Roll out the consumers first" for topics nobody has, and "/rabbitmq/amqp091-go" named as a risky item.
    /// </summary>
    [Theory]
    [InlineData("## v2.4.1 (2026-01-10)\n\n * [1a2b3c4d](https://github.com/acme/relay/commit/1a2b3c4d) feat: optional leader election for the controller (#101)\n * [2b3c4d5e](https://github.com/acme/relay/commit/2b3c4d5e) chore(deps): bump github.com/rabbitmq/amqp091-go from 1.6.0 to 1.6.1 (#102)\n * [3c4d5e6f](https://github.com/acme/relay/commit/3c4d5e6f) Bump github.com/segmentio/kafka-go from 0.4.40 to 0.4.47 (#103)\n")]
    [InlineData("## 1.9.0\n\nA new `signed` Receiver type has been introduced for webhook senders.\n\n### General updates\n\nIn addition, the controller is now built with Go 1.26. The Google Pub/Sub and Sentry provider SDKs\nhave been upgraded to their latest versions.\n")]
    public void DependencyBump_RaisesNoMessagingChange(string notes)
    {
        var plan = Plan(notes);
        var text = Dump(plan);

        Assert.DoesNotContain(Actions(plan), action => Has(action, "consumers first"));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "committed offsets"));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "a messaging change"));
        Assert.False(Has(text, "/rabbitmq/amqp091-go"), text);
    }

    /// <summary>A release that changes its own consumers on a named broker keeps its messaging steps beside a bump.</summary>
    [Fact]
    public void ConsumerChange_BesideABump_IsStillMessaging()
    {
        var plan = Plan("## 4.2.0\n\n- The orders consumer now reads the new `orders.v2` Kafka topic and commits offsets after processing.\n- chore(deps): bump github.com/segmentio/kafka-go from 0.4.40 to 0.4.47\n");

        Assert.Contains(plan.Summary, line => Has(line, "a messaging change"));
    }

    /// <summary>
    /// (Kong charts 3.0.0) A chart repository's changelog that links its own pull request as often as another project's
    /// issue is the chart's: a user saw an image rollout of "version 3.0.0" instead of `helm upgrade --version 3.0.0`.
    /// </summary>
    [Fact]
    public void ChartChangelog_LinkingItsOwnPullRequestOnce_IsAChartUpgrade()
    {
        var plan = Plan("## 3.0.0\n\n### Changes\n\n* Default Postgres repository, image name and tag are set to `\"\"`.\n  This requires users of the database-backed installations to specify these.\n  The default image is not published anymore, see <https://github.com/acme-images/containers/issues/412>.\n  [#88](https://github.com/acme/charts/pull/88)\n");
        var steps = Actions(plan);

        Assert.Contains(steps, action => Has(action, "helm upgrade --version 3.0.0"));
        Assert.DoesNotContain(steps, action => Has(action, "built and scanned the release image"));
    }

    /// <summary>(sentry-ruby 6.0.0) "Drop support for rubies below 2.7" removes support below 2.7, not below 2.</summary>
    [Fact]
    public void RemovedSupport_KeepsItsVersionWhole()
    {
        var plan = Plan("## 6.0.0\n\n### Breaking Changes\n\n- Drop support for Python below 3.9 [#27](https://github.com/acme/acme-python/pull/27)\n- Remove deprecated `config.async` [#28](https://github.com/acme/acme-python/pull/28)\n");
        var text = Dump(plan);

        Assert.True(Has(text, "\"support for Python below 3.9\""), text);
        Assert.False(Has(text, "\"support for Python below 3\""), text);
    }

    /// <summary>
    /// (Redpanda Console v3.0.0) "Multiple config properties have been renamed, moved or removed" says what it removes: a
    /// user saw "what line 7 of the notes removes".
    /// </summary>
    [Fact]
    public void RemovalInAListOfParticiples_IsNamedInTheItemsWords()
    {
        var plan = Plan("## v3.0.0\n\n**This release contains breaking config changes**\n\n- [CHANGE] Multiple config properties have been renamed, moved or removed.\n- [IMPROVEMENT] Lazily load all schemas from the registry.\n");
        var text = Dump(plan);

        Assert.False(Has(text, "of the notes removes"), text);
        Assert.True(Has(text, "\"config properties\""), text);
    }

    /// <summary>
    /// (stripe-dotnet 46.2.1, mod_auth_openidc) The summary's risky items are things to look for: not "object" beside the
    /// class it is a property of, and not a piece of a link ("/mod_auth_openidc/security/advisories").
    /// </summary>
    [Fact]
    public void RiskyItems_NameTheOwnerNotItsMember()
    {
        var plan = Plan("## 46.2.1 - 2024-10-18\n* [#3008](https://github.com/acme/acme-dotnet/pull/3008) update object tags for meter-related classes\n  - fixes a bug where the `object` property of the `MeterEvent`, `MeterEventAdjustment`, and `MeterEventSession` didn't match the server.\n");
        var summary = string.Join("\n", plan.Summary);

        Assert.True(Has(summary, "\"MeterEvent\""), summary);
        Assert.False(Has(summary, "\"object\""), summary);
    }

    [Fact]
    public void RiskyItems_AreNoPieceOfALink()
    {
        var plan = Plan("## 2.4.18\n\n- Security: fix an open redirect in the `post_logout_redirect_uri` handling of the OIDC logout, see https://github.com/acme/gateway/security/advisories/GHSA-abcd-1234-wxyz\n");
        var summary = string.Join("\n", plan.Summary);

        Assert.False(Has(summary, "/security/advisories"), summary);
    }

    /// <summary>
    /// (jwx, golang-jwt) A Go library says so by its import path, `go get`, or "this package", not by its repository's
    /// name: a user saw an image rollout "of version 3.2.1" of a library nobody deploys.
    /// </summary>
    [Theory]
    [InlineData("## 3.2.1\n\n* Changed the import path from `github.com/acme/jwt-go` to `github.com/acme-org/jwt`\n* Fix audience verification when `aud` is a list\n", "3.2.1")]
    [InlineData("v2.0.18 03 Dec 2023\n[Security Fixes]\n  * [jwe] A large number in the p2c parameter could cause a DoS attack. All users who use JWE via this\n    package should upgrade.\n", "2.0.18")]
    [InlineData("## v1.4.0\n\nInstall with `go get github.com/acme/widgets/v2@v1.4.0`.\n\n- `widgets.Render` now returns an error.\n", "1.4.0")]
    public void GoLibrary_IsABumpInTheServicesThatUseIt(string notes, string version)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);

        Assert.Contains(steps, action => action.StartsWith("List every service that depends on", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, action => Has(action, $"rollout of version {version}"));
    }

    /// <summary>
    /// (nodejs-pubsub 5.0.0, google-auth-library-nodejs 10.0.0) "migrate to Node 18" and "Support Node 18+" raise the
    /// runtime the services need: a user saw them only quoted in the code-change step, with no check of the runtime.
    /// </summary>
    [Theory]
    [InlineData("* migrate to Node 18 ([#20](https://github.com/acme/acme-node-sdk/issues/20))")]
    [InlineData("* Support Node 18+ ([#21](https://github.com/acme/acme-node-sdk/issues/21))")]
    public void RuntimeMovedTo_IsCheckedBeforeStarting(string item)
    {
        var plan = Plan($"## [5.0.0](https://github.com/acme/acme-node-sdk/compare/v4.9.0...v5.0.0) (2025-01-01)\n\n### ⚠ BREAKING CHANGES\n\n{item}\n* remove the legacy retry options\n");

        Assert.Contains(plan.PreDeploymentChecks, line => line.StartsWith("Supported platform:", StringComparison.Ordinal) && Has(line, "Node.js 18"));
    }

    /// <summary>A Go service whose notes bump Go modules is still rolled out as an image.</summary>
    [Fact]
    public void GoService_BumpingModules_IsStillAnImageRollout()
    {
        var plan = Plan("## v1.9.4 (2025-01-06)\n\n * feat: adds support for TLS options in the controller settings (#3381)\n * chore(deps): bump golang.org/x/crypto from 0.30.0 to 0.31.0 (#3390)\n * chore(deps): bump github.com/go-git/go-git/v5 from 5.12.0 to 5.13.1 (#3411)\n");

        Assert.Contains(Actions(plan), action => Has(action, "built and scanned the release image"));
        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("List every service that depends on", StringComparison.Ordinal));
    }
}
