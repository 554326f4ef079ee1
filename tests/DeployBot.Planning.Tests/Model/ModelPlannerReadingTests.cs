using System.Text.Json.Nodes;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Validation;
using DeployBot.Planning.Tests.Support;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Planning.Tests.Model;

/// <summary>
/// The model reads the numbered items itself (<c>"items"</c> in its answer): its reading corrects DeployBot's word
/// patterns in the plan record and the checks, but cannot make a destructive item safe.
/// </summary>
public sealed class ModelPlannerReadingTests
{
    private const string Notes = """
        ## 3.4.1
        - Retry idempotent requests on 502 from the payments API
        - Add the REPORTS_CACHE_TTL environment variable (default 300 seconds)
        - Drop the legacy sessions_v1 table
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatePlan_ModelReadsAnItemDifferently_PlanItemsAndRisksFollowItsReading()
    {
        var input = SampleInputs.Production(Notes);
        var theme = Index(input, "REPORTS_CACHE_TTL");
        Assert.Contains(RiskArea.Config, input.Analysis.Items[theme].Risks);
        var answer = WithItems(OfflineAnswer(input), input, (theme, [], false));

        var plan = await PlanAsync(input, answer);

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.Empty(plan.Items[theme].Risks);
        Assert.Equal([.. input.Analysis.Items.Where((_, index) => index != theme).SelectMany(item => item.Risks).Distinct().Order()], plan.Risks);
    }

    [Fact]
    public async Task CreatePlan_ModelCallsTheDropHarmlessAndPlansNoContractStep_IsRepairedAsBefore()
    {
        var input = SampleInputs.Production(Notes);
        var drop = Index(input, "sessions_v1");
        var good = SamplePlans.GoodFor(input);
        var careless = WithItems(SamplePlans.AsModelJson(good), input, (drop, [], false));
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.Enqueue(FakeModelReply.Content(careless), FakeModelReply.Content(OfflineAnswer(input)));
        await using var services = PlanningServices.ForFake(server);

        var plan = await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        Assert.Equal(2, plan.Planner.Attempts);
        Assert.Contains(PlanRules.DestructiveContract, RecordedPrompt.Messages(server.Requests[1])[^1].Content, StringComparison.Ordinal);
        Assert.True(plan.Items[drop].Destructive);
    }

    [Theory]
    [InlineData("""[{ "n": 2, "risks": ["database"], "destructive": false }]""")]
    [InlineData("""[{ "risks": [], "destructive": false }]""")]
    [InlineData("""[{ "n": 2, "risks": [], "destructive": "no" }]""")]
    [InlineData("""[{ "n": 2, "risks": "config" , "destructive": false }]""")]
    [InlineData("""{ "2": { "risks": [] } }""")]
    public async Task CreatePlan_AReadingThatIsNotWholeOrNotInTheVocabulary_LeavesTheItemAsDeployBotReadIt(string items)
    {
        var input = SampleInputs.Production(Notes);
        var answer = JsonNode.Parse(OfflineAnswer(input))!.AsObject();
        answer["items"] = JsonNode.Parse(items);

        var plan = await PlanAsync(input, answer.ToJsonString());

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.Equal(input.Analysis.Items, plan.Items);
    }

    [Fact]
    public async Task CreatePlan_AReadingOfAnItemThePromptNeverNumbered_IsIgnored()
    {
        // The prompt numbers the first 40 items; a reading of item 41 is of something the model was never shown.
        var input = SampleInputs.Production(string.Join("\n", Enumerable.Range(1, 45).Select(n => $"- Add the REPORT_{n}_TTL environment variable")));
        Assert.Contains(RiskArea.Config, input.Analysis.Items[40].Risks);
        var answer = JsonNode.Parse(OfflineAnswer(input))!.AsObject();
        answer["items"] = JsonNode.Parse("""[{ "n": 41, "risks": [], "destructive": false }]""");

        var plan = await PlanAsync(input, answer.ToJsonString());

        Assert.Equal(PlannerInfo.Model, plan.Planner.Name);
        Assert.Equal(input.Analysis.Items[40], plan.Items[40]);
    }

    [Fact]
    public async Task CreatePlan_Always_AsksForAReadingOfEveryNumberedItem()
    {
        var input = SampleInputs.Production(Notes);
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.Enqueue(FakeModelReply.Content(OfflineAnswer(input)));
        await using var services = PlanningServices.ForFake(server);

        await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);

        var messages = RecordedPrompt.Messages(server.Requests[0]);
        Assert.Contains("\"items\": [{ \"n\": 1,", messages[0].Content, StringComparison.Ordinal);
        Assert.Contains("3. [destructive;", messages[^1].Content, StringComparison.Ordinal);
        Assert.Contains("give your own reading of every one in \"items\"", messages[^1].Content, StringComparison.Ordinal);
    }

    private static async Task<DeploymentPlan> PlanAsync(PlanningInput input, string answer)
    {
        await using var server = await FakeChatCompletionServer.StartAsync(Ct);
        server.Enqueue(FakeModelReply.Content(answer));
        await using var services = PlanningServices.ForFake(server);
        return await services.GetRequiredService<IDeploymentPlanner>().CreatePlanAsync(input, Ct);
    }

    private static string OfflineAnswer(PlanningInput input) => SamplePlans.AsModelJson(new OfflinePlanner().CreatePlan(input, null, 0, null));

    private static string WithItems(string answer, PlanningInput input, params (int Index, string[] Risks, bool Destructive)[] changed)
    {
        var json = JsonNode.Parse(answer)!.AsObject();
        var items = new JsonArray();
        for (var index = 0; index < input.Analysis.Items.Count; index++)
        {
            var item = input.Analysis.Items[index];
            var change = changed.FirstOrDefault(c => c.Index == index);
            var (risks, destructive) = change.Risks is null
                ? (item.Risks.Select(risk => risk.ToString().ToLowerInvariant()).ToArray(), item.Destructive)
                : (change.Risks, change.Destructive);
            items.Add(new JsonObject { ["n"] = index + 1, ["risks"] = new JsonArray([.. risks.Select(risk => (JsonNode)risk)]), ["destructive"] = destructive });
        }

        json["items"] = items;
        // A model's release-level risks are the areas of its own reading.
        json["risks"] = new JsonArray([.. items.SelectMany(item => item!["risks"]!.AsArray()).Select(risk => risk!.GetValue<string>()).Distinct().Select(risk => (JsonNode)risk)]);
        return json.ToJsonString();
    }

    private static int Index(PlanningInput input, string text) =>
        input.Analysis.Items.Select((item, index) => (item, index)).Single(pair => pair.item.Text.Contains(text, StringComparison.Ordinal)).index;
}
