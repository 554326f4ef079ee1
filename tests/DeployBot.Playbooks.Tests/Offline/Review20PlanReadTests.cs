using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 20: an SRE read of offline plans for the Fresh17 release notes. Each test is a plan that is wrong for its
/// release (contradicts the notes, acts on the wrong object, misses a required step, promises a rollback that cannot
/// work, or misreads what kind of thing ships), in short notes modelled on the changelog. Skipped until fixed.
/// </summary>
public sealed class Review20PlanReadTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

    private static IEnumerable<string> Actions(DeploymentPlan plan) => plan.Steps.Select(step => step.Action);

    private static string Dump(DeploymentPlan plan) =>
        string.Join("\n", plan.Summary.Concat(plan.PreDeploymentChecks).Concat(Actions(plan)).Concat(plan.Verification)
            .Concat(plan.Rollback).Concat(plan.NextActions));

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>(promscale 0.8.0) An added function that CAN delete data is a feature; the plan must not schedule deleting rows.</summary>
    [Fact]
    public void AddedFunctionThatDeletesData_IsNotPlannedAsARowDeletion()
    {
        var plan = Plan("## [0.8.0] - 2022-01-18\n\n### Added\n- Add `ps_trace.delete_all_traces()` function to delete all trace data [#1012]\n- Add `ps_trace.set_trace_retention_period(INTERVAL)` function to set trace retention period [#1015]\n\n### Fixed\n- Fix passing of async flag [#1008]");

        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "delete those rows"));
    }

    /// <summary>(convoy 26.7.2, promscale 0.8.0) Retention that starts deleting history on upgrade is irreversible data loss: confirm the value, do not "apply a new" one, and say it cannot be undone.</summary>
    [Theory]
    [InlineData("## 4.2.0\n\n### Breaking Changes\n\n- Retention now also manages the archive partitions it used to ignore. History kept only because those partitions were unmanaged is deleted at `EVENT_RETENTION_DAYS` on the next maintenance run. Confirm that duration before upgrading.")]
    [InlineData("## [0.8.0] - 2022-01-18\n\n### Changed\n- BREAKING: Enable and configure 30 day default retention period for span data [#1015]\n- Rename CLI flags to improve user interface [#964]")]
    public void RetentionThatNowDeletesHistory_IsAnIrreversibleDeletion_NotANewValueToApply(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("Apply the new", StringComparison.Ordinal) && Has(action, "RETENTION"));
        Assert.True(plan.Rollback.Any(line => Has(line, "cannot") && Has(line, "retention")), Dump(plan));
    }

    /// <summary>(convoy 26.7.3, ejabberd 25.10) A command named in passing or a renamed layout label is no database object to drop.</summary>
    [Theory]
    [InlineData("## 4.3.0\n\n### Breaking Changes\n\n- Boot now drops any index Postgres left invalid and rebuilds it in the background, rather than leaving it until the next `migrate`. Dropping an invalid unique index gives up that constraint until the rebuild finishes: watch `convoy utils indexes` until every index is valid again.", "\"migrate\"")]
    [InlineData("## Version 25.10\n\n#### Configuration\n\n- Rename `New` SQL schema to `Multihost`, and `Default` to `Singlehost`\n- Add config transformer from `use_new_schema` -> `sql_multihost_schema`", "\"New\"")]
    public void NameThatIsNotADatabaseObject_IsNotDroppedInAContractStep(string notes, string name)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), action => action.Contains("drop " + name, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("contract step for " + name, StringComparison.Ordinal));
    }

    /// <summary>(promscale 0.8.0, 0.15.0) A command-line flag (added or removed) is a startup option, not a feature flag to ramp by % of traffic.</summary>
    [Theory]
    [InlineData("## [0.8.0] - 2022-01-18\n\n### Removed\n- Remove deprecated `-promql-enable-feature` flag [#964]\n- Remove deprecated leader election [#964]")]
    [InlineData("## [0.15.0] - 2022-10-11\n\n### Added\n- Add cmd flag `web.auth.ignore-path` to skip http paths from authentication [#1637]\n- Add cmd flag `tracing.streaming-span-writer` to enable/disable streaming span writer. It is enabled by default. [#1633]")]
    public void CommandLineFlag_IsNotRampedAsAFeatureFlag(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), action => action.Contains("for 1% of traffic", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("First rollback: turn", StringComparison.Ordinal));
    }

    /// <summary>(barman 3.0.0, promscale 0.8.0, apisix-ingress-controller 2.2.0) The rollout is of the release, never of a companion tool, a removed component or a dependency the notes mention.</summary>
    [Theory]
    [InlineData(BarmanNotes, "pg-backup-api")]
    [InlineData("## [0.8.0] - 2022-01-18\n\n### Removed\n- Remove obsoleted jaeger-query-proxy\n\n### Fixed\n- Fix passing of async flag [#1008]", "jaeger-query-proxy")]
    [InlineData(ApisixNotes, "gateway-api")]
    public void RolloutTarget_IsTheRelease_NotAComponentTheNotesMention(string notes, string component)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), action => action.Contains("rollout of " + component, StringComparison.Ordinal));
    }

    /// <summary>(opentelemetry-collector chart 0.160.0) "0.159.0 to 0.160.0" upgrades to 0.160.0; the plan must not roll out the version being left.</summary>
    [Fact]
    public void FromToHeading_RollsOutTheTargetVersion_NotTheOneBeingLeft()
    {
        var plan = Plan("## 0.159.0 to 0.160.0\n\n> [!WARNING]\n> The new processor name `k8s_attributes` will only work with Collector versions >= 0.146.0.\n\nThe `kubernetesAttributes` preset now generates config using the new `k8s_attributes` processor name. If you are using a Collector image older than 0.146.0, set `rewriteDeprecatedProcessorNames: false`.");

        Assert.DoesNotContain(Actions(plan), action => action.Contains("0.159.0", StringComparison.Ordinal));
    }

    /// <summary>(cashier-paddle 2.0) "If you use X, stay on 1.x": the plan starts with that go/no-go, not an unconditional rollout.</summary>
    [Fact]
    public void NoUpgradePathForSomeUsers_IsAGoNoGoCheckBeforeStarting()
    {
        var plan = Plan("## Upgrading To 2.0 From 1.x\n\nThere is no official upgrade path from Paddle Classic to Paddle Billing. Therefore, if you use Paddle Classic, you should continue to use Cashier Paddle 1.x. New projects on Paddle Billing should use Cashier Paddle 2.x.");

        Assert.True(plan.PreDeploymentChecks.Concat(Actions(plan)).Any(line => Has(line, "Paddle Classic")), Dump(plan));
    }

    /// <summary>(barman 3.0.0) Older versions cannot read what the new one writes: once it has written, a version rollback is not clean.</summary>
    [Fact]
    public void OlderVersionCannotReadNewData_RollbackSaysSo()
    {
        var plan = Plan(BarmanNotes);

        Assert.True(plan.Rollback.Any(line => Has(line, "cannot") && Has(line, "backup")), Dump(plan));
    }

    /// <summary>(convoy 26.7.3) Two items of one line that ask for the same step get it once, not twice in a row.</summary>
    [Fact]
    public void TwoItemsOfOneLine_AskingTheSameStep_GetItOnce()
    {
        var plan = Plan("## 4.3.0\n\n### Breaking Changes\n\n- Boot now drops any index Postgres left invalid and rebuilds it in the background, rather than leaving it until the next `migrate`. Dropping an invalid unique index gives up that constraint until the rebuild finishes: watch `convoy utils indexes` until every index is valid again.");

        var actions = Actions(plan).ToList();
        Assert.Equal(actions.Count, actions.Distinct(StringComparer.Ordinal).Count());
    }

    private const string BarmanNotes = "## 3.0.0 (2022-06-23)\n\n### Breaking changes\n\n- The backup metadata stored in the `backup.info` file for each backup has an extra field. This means that earlier versions of Barman will not work in the presence of any backups taken with 3.0.0. Additionally, users of pg-backup-api will need to upgrade it to version 0.2.0 so that pg-backup-api can work with the updated metadata.";

    /// <summary>(uptrace 2.0.0) A rewritten schema with a parallel-instance upgrade path is no in-place, backwards-compatible expand migration.</summary>
    [Fact]
    public void RewrittenSchemaWithParallelUpgradePath_IsNotAnInPlaceExpandMigration()
    {
        var plan = Plan("## v2.0.0\n\n### Breaking Changes\n\n- Database schema rewrite: the ClickHouse and PostgreSQL schemas have been completely rewritten.\n\n### Migration Guide\n\nThe recommended upgrade path is to run a separate v2.x instance in parallel with your existing v1.x instance: write data to both instances, validate the new instance, and switch over when sufficient data has been collected in the new instance.");

        Assert.DoesNotContain(plan.Rollback, line => Has(line, "the expand part is backwards compatible"));
        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("Run the expand migration", StringComparison.Ordinal));
    }

    /// <summary>(apisix-ingress-controller 2.2.0) CRDs the new controller reads are installed before it rolls out, not after.</summary>
    [Fact]
    public void CrdsTheNewVersionReads_AreInstalledBeforeItsRollout()
    {
        var plan = Plan(ApisixNotes);

        var actions = Actions(plan).ToList();
        var crds = actions.FindIndex(action => action.Contains("kubectl apply --server-side", StringComparison.Ordinal));
        var rollout = actions.FindIndex(action => action.Contains("rollout of", StringComparison.Ordinal) || action.Contains("helm upgrade --atomic", StringComparison.Ordinal));
        Assert.True(crds >= 0 && rollout >= 0 && crds < rollout, Dump(plan));
    }

    private const string ApisixNotes = "# 2.2.0\n\n## Highlights\n\n* `TCPRoute`, `UDPRoute` and `TLSRoute` are now read through `gateway.networking.k8s.io/v1`.\n\n## Upgrade Notes\n\n**Install the Gateway API CRDs with server-side apply.** The v1.6.0 CRDs exceed the annotation size limit of client-side apply:\n\n```shell\nkubectl apply --server-side --force-conflicts -f https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.6.0/experimental-install.yaml\n```";

    /// <summary>(terraform-provider-helm 3.0.0, zero-to-jupyterhub 4.0.0) A Terraform provider or a Helm chart is not rolled out as the operator's image with a 10% canary and `kubectl rollout undo`.</summary>
    [Theory]
    [InlineData("## 3.0.0 (Jun 18, 2025)\n\nThis release migrates the provider from `terraform-plugin-sdk/v2` to `terraform-plugin-framework`.\n\nBREAKING CHANGES:\n\n- Blocks like `kubernetes` and `registry` are now represented as nested objects.\n- The provider uses Terraform Plugin Protocol Version 6, compatible with Terraform 1.0 and above. Users of earlier versions of Terraform can pin the provider to 2.x.")]
    [InlineData("### 4.0.0 - 2024-11-07\n\nThis release updates JupyterHub itself from version 4 to 5, and KubeSpawner and OAuthenticator to a new major version.\n\n#### Breaking changes\n\n- The chart now require Kubernetes 1.28+, up from 1.23+\n- Python is upgraded in chart images from 3.11 to 3.12")]
    public void ProviderOrChartRelease_IsNotAnImageCanaryWithKubectlUndo(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), action => action.Contains("as a canary (one replica", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("kubectl rollout undo", StringComparison.Ordinal));
    }

    /// <summary>(stolon 0.12.0) Objects that gain a prefix need every reference updated: the plan names that manual step.</summary>
    [Fact]
    public void ObjectsGainAPrefix_EveryReferenceIsUpdatedInAStep()
    {
        var plan = Plan("### v0.12.0\n\n#### Upgrades notes.\n\n* Replication slots declared in the clusterspec `additionalMasterReplicationSlots` option will now be prefixed with the `stolon_` string. Users of this feature should upgrade all the references to these replication slots adding the `stolon_` prefix.");

        Assert.True(Actions(plan).Any(action => Has(action, "stolon_")), Dump(plan));
    }
}
