using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Notes that change something no playbook acts on still get the step that makes the change (or, in an incident,
/// confirms it is in place), with the values the notes give; a copy-only release gets no such step.
/// </summary>
public sealed class UnplannedChangeTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    [Fact]
    public void CreatePlan_IncidentResizeWithNoDeploy_HasAStepThatMakesOrConfirmsTheChange()
    {
        var plan = Plan("2am hotfix INC-7710. sessions-redis hit maxmemory and started evicting login sessions. resized cache.r6g.large -> cache.r6g.xlarge and set maxmemory-policy volatile-lru (was allkeys-lru). no code deploy");

        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the change the notes describe", StringComparison.Ordinal));
        Assert.Contains("confirm that it is in place", apply.Action, StringComparison.Ordinal);
        Assert.Contains("`cache.r6g.large` → `cache.r6g.xlarge`", apply.Action, StringComparison.Ordinal);
        Assert.Contains("\"sessions-redis\"", apply.Action, StringComparison.Ordinal);
        var watch = plan.Steps.ToList().FindIndex(step => step.Action.StartsWith("Watch", StringComparison.Ordinal));
        Assert.True(plan.Steps.ToList().IndexOf(apply) < watch);
    }

    [Theory]
    [InlineData("footer links + privacy page copy update. frontend only, no api changes")]
    [InlineData("Adds invoices.due_at column; drop legacy_sessions table")]
    public void CreatePlan_ReleaseAPlaybookPlans_GetsNoGenericApplyStep(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Apply the change the notes describe", StringComparison.Ordinal));
    }
}
