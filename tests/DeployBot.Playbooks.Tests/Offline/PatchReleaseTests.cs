using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A patch release of bug fixes is not an incident: no incident commander or status page, the usual baseline and
/// rollback target; and what a fix names (a queue, DNS) is where its bug was, not a messaging or network change.
/// </summary>
public sealed class PatchReleaseTests
{
    private static readonly OfflinePlanner Planner = new();

    private const string PatchNotes = """
        ## 4.2.3 (2026-11-30)
        ### Bug Fixes
        - Fix a race where the job queue dropped retries after a worker restart
        - Fix DNS lookups of the SMTP host timing out after 2 seconds
        """;

    [Fact]
    public void CreatePlan_FixOnlyPatchRelease_IsPlannedAsAPatchWithoutIncidentWording()
    {
        var input = PlanInputs.ProductionInput(notes: PatchNotes, window: "Sat 22:00-23:00 UTC", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var text = string.Join('\n', plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification).Concat(plan.Rollback).Concat(plan.NextActions));
        Assert.DoesNotContain("incident", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("status page", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains("only the 2 fixes in the notes", StringComparison.Ordinal));
        // A bug is reproduced in staging; production watches the symptom stop (no crash or exploit replayed against it).
        Assert.Contains(plan.Verification, line => line.StartsWith("Patch: each fixed bug is reproduced in staging, not here", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Verification, line => line.Contains("checked in production the way it showed", StringComparison.Ordinal));
        Assert.Contains(plan.Verification, line => line.Contains("pre-deployment baseline", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_BugFixNamingAQueueOrDns_PlansNoMessagingOrInfrastructureChange()
    {
        var plan = Planner.CreatePlan(PlanInputs.StagingInput(notes: PatchNotes), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("consumers first", StringComparison.Ordinal) || step.Action.Contains("offsets", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, line => line.Contains("messaging change", StringComparison.Ordinal) || line.Contains("infrastructure change", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_FixThatAddsPartitions_StillPlansTheTopicChange()
    {
        var notes = "### Fixed\n- Fix consumer lag on the orders topic by raising its partitions from 6 to 12";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("Record the committed offsets", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("partitions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hotfix for the SEV1 checkout outage: fix the nil pointer in the payment callback", "Sat 22:00-23:00 UTC")]
    [InlineData("### Bug Fixes\n- Fix the login redirect loop on Safari", "now")]
    public void CreatePlan_IncidentHotfix_KeepsTheIncidentCommanderAndTheStatusPage(string notes, string window)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: window, flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("incident commander", StringComparison.Ordinal) && step.Action.Contains("status page", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Patch release:", StringComparison.Ordinal));
    }
}
