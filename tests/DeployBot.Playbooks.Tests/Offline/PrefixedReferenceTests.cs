using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Objects the new version names with a prefix or suffix the notes give: every reference to them is listed before the
/// rollout and updated to the new names once the new version runs (the step names the affix and the objects), and a
/// version rollback puts them back. A prefix the notes give no name for ("prefixed with the request id") adds nothing.
/// </summary>
public sealed class PrefixedReferenceTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return plan;
    }

    [Theory]
    [InlineData("### v0.12.0\n\n#### Upgrades notes.\n\n* Replication slots declared in the clusterspec `additionalMasterReplicationSlots` option will now be prefixed with the `stolon_` string. Users of this feature should upgrade all the references to these replication slots adding the `stolon_` prefix.", "`stolon_` prefix", "replication slots")]
    [InlineData("## 3.0.0\n\n### Breaking\n\n* All exported metrics are now prefixed with `acme_`. Update your dashboards and alerts.", "`acme_` prefix", "exported metrics")]
    [InlineData("## 2.0.0\n\n### Breaking\n\n* Queue names now get a `_v2` suffix.", "`_v2` suffix", "queue names")]
    public void CreatePlan_ObjectsGainAnAffix_EveryReferenceIsUpdatedAfterTheRollout(string notes, string affix, string objects)
    {
        var plan = Plan(notes);
        var actions = plan.Steps.Select(step => step.Action).ToList();

        var rollout = actions.FindIndex(action => action.StartsWith("Start the rollout of", StringComparison.Ordinal));
        var list = actions.FindIndex(action => action.StartsWith("Before the rollout, list every reference", StringComparison.Ordinal) && action.Contains(affix, StringComparison.Ordinal));
        var update = actions.FindIndex(action => action.StartsWith("Once the new version runs, update every reference", StringComparison.Ordinal) && action.Contains(affix, StringComparison.Ordinal) && action.Contains(objects, StringComparison.Ordinal));
        Assert.True(list >= 0 && list < rollout && rollout < update, string.Join("\n", actions));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Reference rollback", StringComparison.Ordinal) && line.Contains(affix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## 3.0.0\n\n### Changed\n\n* Log lines are now prefixed with the request id.")]
    [InlineData("## 3.0.0\n\n### Changed\n\n* The `--prefix` flag sets the install directory.")]
    public void CreatePlan_NoNamedAffix_AddsNoReferenceStep(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("every reference", StringComparison.Ordinal));
    }
}
