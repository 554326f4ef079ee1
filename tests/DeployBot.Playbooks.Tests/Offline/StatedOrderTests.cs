using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>The notes' own sequence ("1. … 2. …", "first X, then Y", "before the deploy, X") is the plan's order.</summary>
public sealed class StatedOrderTests
{
    private static readonly OfflinePlanner Planner = new();

    private static List<string> Actions(string notes, string environment = "production")
    {
        var input = environment == "production" ? PlanInputs.ProductionInput(notes: notes, window: "Sat 06:00-12:00 UTC", flag: null) : PlanInputs.StagingInput(notes: notes);
        var plan = Planner.CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return [.. plan.Steps.Select(step => step.Action)];
    }

    private static void InOrder(List<string> actions, params string[] texts)
    {
        var at = texts.Select(text => actions.FindIndex(action => action.Contains(text, StringComparison.Ordinal))).ToArray();
        Assert.True(at.All(index => index >= 0) && at.Zip(at.Skip(1)).All(pair => pair.First < pair.Second), string.Join("\n", actions));
    }

    [Fact]
    public void CreatePlan_NumberedProcedure_KeepsItsOrderEvenAgainstThePlaybookPhases()
    {
        var actions = Actions("""
            search-api: move search to the new cluster.
            1. terraform apply infra/terraform/prod/search_v2.tf creates search-v2
            2. scripts/copy_docs.py copies the documents (dry run: 40 min)
            3. flip SEARCH_BACKEND=v2 in the search-api config, restart
            """);

        InOrder(actions, "terraform apply", "scripts/copy_docs.py", "Apply the new \"SEARCH_BACKEND\"", "Restart search-api");
        Assert.Contains(actions, action => action.Contains("scripts/copy_docs.py", StringComparison.Ordinal) && action.Contains("(the notes' step 2: copies)", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_FirstThenSentence_AddsTheStepsNoPlaybookHasInTheirPlace()
    {
        var actions = Actions("GKE prod: replace node pool pool-a with pool-b (infra/terraform/prod/gke.tf). Create pool-b first, then cordon and drain pool-a, then remove pool-a in a second apply.");

        InOrder(actions, "terraform apply", "Cordon and drain \"pool-a\"", "Remove \"pool-a\"");
    }

    [Fact]
    public void CreatePlan_StepWithAStatedWait_WaitsThatLongBetweenItsNeighbours()
    {
        var actions = Actions("""
            auth-service: rotate the signing key, no new image.
            1. publish the new key in config/jwks.json
            2. wait 45 min so every client refreshes its cache
            3. set SIGNING_KEY_ID=k2 and restart auth-service
            """);

        InOrder(actions, "config/jwks.json", "Wait 45 minutes", "Restart auth-service");
        Assert.Contains(actions, action => action.StartsWith("Wait 45 minutes", StringComparison.Ordinal) && action.EndsWith("(~45 min)", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_SomethingBeforeTheDeploy_ComesBeforeTheCanary()
    {
        var actions = Actions("orders-worker 2.4.0 moves to consumer group orders-v2. Before the deploy, set the offsets of orders-v2 on topic orders.created to the current end.");

        InOrder(actions, "Set the consumer group offsets", "as a canary");
    }

    [Fact]
    public void CreatePlan_NumberedChangelog_IsNotTakenAsAProcedure()
    {
        var actions = Actions("""
            Release 4.2:
            1. Add dark mode to the settings page
            2. Fix the avatar upload on Safari
            3. Improve the search ranking
            """);

        Assert.DoesNotContain(actions, action => action.Contains("the notes' step", StringComparison.Ordinal));
    }
    [Fact]
    public void CreatePlan_DeployOrderOfServices_RollsEachOutInItsPlaceWithoutInventingACreateStep()
    {
        var actions = Actions("""
            deploy order matters:
            1. ledger-svc (adds /v2/balances)
            2. api-gateway (routes /balances to v2)
            3. web (reads new shape)
            then remove /v1/balances from ledger next week, not in this one
            """);

        InOrder(actions, "rollout of ledger-svc", "rollout of api-gateway", "rollout of web");
        Assert.Contains(actions, action => action.Contains("rollout of ledger-svc", StringComparison.Ordinal) && action.Contains("(the notes' step 1", StringComparison.Ordinal));
        Assert.DoesNotContain(actions, action => action.StartsWith("Create", StringComparison.Ordinal));
    }
    [Fact]
    public void CreatePlan_OrderListWithALagGate_WaitsForTheLagBetweenTheTwoRollouts()
    {
        var actions = Actions("split notifier out of platform-api → new deploy notifier-svc (go 1.22). platform-api stops consuming notify.events and its "
            + "/internal/notify endpoint is removed. order: notifier-svc up, lag on notify.events at 0, then platform-api");

        InOrder(actions, "rollout of notifier-svc", "Wait until the consumer lag on \"notify.events\" is 0", "rollout of platform-api");
    }
}
