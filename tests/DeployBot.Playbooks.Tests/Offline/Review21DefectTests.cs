using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 21: plan defects seen in real changelog excerpts (Fresh17 and others), each in short notes modelled on the
/// excerpt, asserting the plan text an operator reads at 2 a.m.
/// </summary>
public sealed class Review21DefectTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

    private static IEnumerable<string> Actions(DeploymentPlan plan) => plan.Steps.Select(step => step.Action);

    private static string Dump(DeploymentPlan plan) =>
        string.Join("\n", plan.Summary.Concat(plan.PreDeploymentChecks).Concat(Actions(plan)).Concat(plan.Verification)
            .Concat(plan.Rollback).Concat(plan.NextActions));

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// (convoy 26.7.3) The new version drops the invalid indexes itself at boot: no contract step asks the operator to drop
    /// them; the snapshot is taken before the rollout, verification checks the deletion happened, and the rollback says it
    /// cannot be reversed.
    /// </summary>
    [Theory]
    [InlineData("## 4.3.0\n\n### Breaking Changes\n\n- Boot now drops any index Postgres left invalid and rebuilds it in the background, rather than leaving it until the next `migrate`. Dropping an invalid unique index gives up that constraint until the rebuild finishes: watch `convoy utils indexes` until every index is valid again.")]
    [InlineData("## 2.0.0\n\n### Breaking\n\n- The legacy `sessions_v1` table is dropped automatically on startup; sessions in it are lost.")]
    public void DeletionTheNewVersionMakesItself_IsSnapshottedBeforeTheRolloutAndVerified_NotAContractStep(string notes)
    {
        var plan = Plan(notes);
        var steps = Actions(plan).ToList();

        Assert.DoesNotContain(steps, action => action.StartsWith("Contract step", StringComparison.Ordinal));
        var before = steps.FindIndex(action => Has(action, "the new version itself deletes") && Has(action, "snapshot right before the rollout"));
        var rollout = steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal));
        Assert.True(before >= 0 && rollout > before, Dump(plan));
        Assert.Contains(plan.Verification, line => Has(line, "the deletion the new version makes itself") && Has(line, "happened"));
        Assert.Contains(plan.Rollback, line => Has(line, "cannot be reversed") && Has(line, "snapshot taken right before the rollout"));
        // Nothing says the opposite: no removal the previous version would bring back, no "confirm unused" of the same line.
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Removal rollback", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, action => action.StartsWith("Confirm that nothing still uses", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, line => Has(line, "the new version itself deletes") && Has(line, "cannot be reversed"));
    }

    /// <summary>An operator's own drop ("drop table legacy_sessions") stays a contract step after the rollout.</summary>
    [Fact]
    public void DropTheOperatorRuns_StaysAContractStep()
    {
        var plan = Plan("## 2.0.0\n\n### Breaking\n\n- Drop table `legacy_sessions` (unused since 1.8).");

        Assert.Contains(Actions(plan), action => action.StartsWith("Contract step", StringComparison.Ordinal) && Has(action, "legacy_sessions"));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "the new version itself deletes"));
    }

    /// <summary>
    /// (Quickwit 0.7.1) A deletion the notes offer ("if you want … fast, you have to delete first the existing index") is
    /// the operator's choice: no step removes it and no removal rollback is planned; Next Actions carries it as an optional follow-up.
    /// </summary>
    [Fact]
    public void OfferedDeletion_IsAnOptionalFollowUp_NotARequiredRemoval()
    {
        var plan = Plan("## 0.7.1\n\n### Changed\n\n- ES bulk API now returns 404 on a missing index.\n- In the traces index `otel-traces-v0_7`, the `service_name` field is now fast. No migration is done if `otel-traces-v0_7` already exists. If you want `service_name` field to be fast, you have to delete first the existing `otel-traces-v0_7` index or create your own index.");

        Assert.DoesNotContain(Actions(plan), action => Has(action, "otel-traces-v0_7") && (Has(action, "before the rollout removes") || action.StartsWith("Contract step", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "otel-traces-v0_7"));
        Assert.Contains(plan.NextActions, line => Has(line, "optional") && Has(line, "otel-traces-v0_7"));
        Assert.Contains(Actions(plan), action => Has(action, "was not done in this window") && Has(action, "otel-traces-v0_7"));
    }

    /// <summary>(promscale 0.8.0) "Rename CLI flags to improve user interface": "improve" is why, not the new name, so no step says it replaces anything.</summary>
    [Fact]
    public void VerbOfPurposeAfterRename_IsNotTheReplacementName()
    {
        var plan = Plan("## [0.8.0] - 2022-01-18\n\n### Changed\n- BREAKING: Enable and configure 30 day default retention period for span data [#1015]\n- Rename CLI flags to improve user interface [#964]");

        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "\"improve\""));
    }

    /// <summary>(ejabberd 25.10) "Rename `New` SQL schema to `Multihost`, and `Default` to `Singlehost`": each old name is paired with its own new name.</summary>
    [Fact]
    public void TwoRenamesOnOneLine_PairEachOldNameWithItsOwnNewName()
    {
        var plan = Plan("## Version 25.10\n\n#### Configuration\n\n- Rename `New` SQL schema to `Multihost`, and `Default` to `Singlehost`\n- Add config transformer from `use_new_schema` -> `sql_multihost_schema`");
        var text = Dump(plan);

        Assert.DoesNotContain(text.Split('\n'), line => Has(line, "\"Default\"") && Has(line, "Multihost"));
        Assert.Contains(Actions(plan), action => Has(action, "\"Default\"") && Has(action, "\"Singlehost\""));
        Assert.Contains(Actions(plan), action => Has(action, "\"New\"") && Has(action, "\"Multihost\""));
    }

    /// <summary>
    /// (barman 3.0.0, kustomize-controller 1.0.0-rc.1, Uptrace v2) A companion the new version needs gets a pre-flight
    /// step before the rollout naming it and the version the notes give.
    /// </summary>
    [Theory]
    [InlineData("## 3.0.0\n\n### Breaking changes\n\n- The backup metadata stored in the `backup.info` file has an extra field. Additionally, users of pg-backup-api will need to upgrade it\n  to version 0.2.0 so that pg-backup-api can work with the updated metadata.", "pg-backup-api at version 0.2.0 or later")]
    [InlineData("## v1.0.0-rc.1\n\n### Highlights\n\nThis release candidate requires the `GitRepository` API version `v1`,\nfirst shipped with [source-controller](https://github.com/fluxcd/source-controller)\nv1.0.0-rc.1.", "source-controller at version 1.0.0-rc.1 or later")]
    [InlineData("## v2.0.0\n\n### Breaking\n\n- **Redis Dependency**: Redis is now required for in-memory caching operations.", "Redis running and reachable")]
    public void RequiredCompanion_GetsAPreflightStepNamingItAndItsVersion(string notes, string named)
    {
        var plan = Plan(notes);
        var steps = Actions(plan).ToList();

        var check = steps.FindIndex(action => action.StartsWith("Before starting, confirm that production has " + named, StringComparison.Ordinal));
        var rollout = steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal));
        Assert.True(check >= 0 && (rollout < 0 || check < rollout), Dump(plan));
    }

    /// <summary>What a release now requires of a request or a sign-in is no service to confirm "running and reachable".</summary>
    [Theory]
    [InlineData("## v2.0.0\n\n### Breaking\n\n- Authentication is now required for the `/metrics` endpoint.")]
    [InlineData("## 5.0.0\n\n### Breaking\n\n- PKCE is now mandatory for every public client.")]
    public void RequirementOfARequest_IsNoCompanionToConfirm(string notes)
    {
        Assert.DoesNotContain(Actions(Plan(notes)), action => action.StartsWith("Before starting, confirm that production has", StringComparison.Ordinal));
    }
}
