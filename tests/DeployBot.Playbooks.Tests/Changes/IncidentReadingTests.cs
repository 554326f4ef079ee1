using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Changes;

/// <summary>
/// One incident reading for every playbook: an incident ticket with words that say it cannot wait is an incident's
/// hotfix (the incident commander's go, the post-mortem), whatever it changes; a ticket named among features is not.
/// </summary>
public sealed class IncidentReadingTests
{
    private static DeploymentPlan Plan(string notes) => OfflinePlans.Production(notes);

    [Theory]
    [InlineData("memory limit on worker 512Mi -> 1Gi (INC-5150, need it out now)")]
    [InlineData("checkout 2.4.3: fix coupon rounding (INC-4410), asap")]
    [InlineData("INC-4410 urgent: fix coupon rounding in checkout 2.4.3")]
    public void CreatePlan_TicketWithUrgencyWords_IsPlannedAsAnIncidentHotfix(string notes)
    {
        var plan = Plan(notes);

        Assert.Contains("an incident hotfix", plan.Summary[0], StringComparison.Ordinal);
        Assert.DoesNotContain("a patch release of bug fixes", plan.Summary[0], StringComparison.Ordinal);
        Assert.Contains(plan.Steps, step => step.Action.StartsWith("Get the incident commander's go", StringComparison.Ordinal));
        Assert.Contains(plan.NextActions, line => line.Contains("post-mortem", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ResourceChangeForAnIncident_AsksForNoReleaseBranch()
    {
        var plan = Plan("memory limit on worker 512Mi -> 1Gi (INC-5150, need it out now)");

        Assert.Contains(plan.PreDeploymentChecks, line => line.StartsWith("Hotfix: only the change in the notes is applied", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, line => line.StartsWith("Patch release:", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_TicketNamedAmongFeatures_IsANormalReleaseWithItsCanary()
    {
        var plan = Plan("checkout 2.9.0\n- new saved-cards page\n- export to CSV for order history\n- fixes INC-4410 regression in the coupon field");

        Assert.Contains(plan.Steps, step => step.Action.Contains("as a canary", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("incident", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("It is a normal release", plan.Summary[1], StringComparison.Ordinal);
        Assert.DoesNotContain("hotfix", plan.Summary[0], StringComparison.OrdinalIgnoreCase);
    }
}
