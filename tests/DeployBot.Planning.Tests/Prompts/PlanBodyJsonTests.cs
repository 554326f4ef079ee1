using System.Text.Json;
using DeployBot.Core.Plans;
using DeployBot.Planning.Prompts;
using DeployBot.Planning.Tests.Support;

namespace DeployBot.Planning.Tests.Prompts;

public sealed class PlanBodyJsonTests
{
    private const string Notes = "Rotate the SAML signing key for tenant acme-corp.";

    [Fact]
    public void Serialize_AnyPlan_HasExactlyTheKeysThePlanPromptAsksFor()
    {
        var plan = SamplePlans.GoodFor(SampleInputs.Production(Notes, flag: "saml-v2"));

        var keys = TopLevelKeys(PlanBodyJson.Serialize(plan, PlanJson.Indented));

        Assert.Equal(TopLevelKeys(PromptShape()), keys);
    }

    [Fact]
    public void Serialize_PlanWithNotes_LeavesTheContextBlockOut()
    {
        var plan = SamplePlans.GoodFor(SampleInputs.Production(Notes));

        var json = PlanBodyJson.Serialize(plan, PlanJson.Options);

        Assert.DoesNotContain(Notes, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"context\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("writtenBy", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PlannerInfo.Model, "model")]
    [InlineData(PlannerInfo.Offline, "offline planner")]
    public void SerializeWithAuthor_Planner_AddsWrittenByAfterThePromptKeys(string planner, string writtenBy)
    {
        var plan = SamplePlans.GoodFor(SampleInputs.Staging()) with { Planner = new PlannerInfo(planner, null, 0, null) };

        var json = PlanBodyJson.SerializeWithAuthor(plan, PlanJson.Indented);

        Assert.Equal([.. TopLevelKeys(PromptShape()), "writtenBy"], TopLevelKeys(json));
        Assert.Equal(writtenBy, JsonDocument.Parse(json).RootElement.GetProperty("writtenBy").GetString());
    }

    /// <summary>The example object in the plan prompt's "in exactly this shape" block.</summary>
    private static string PromptShape()
    {
        var text = PromptText.PlanSystem.ReplaceLineEndings("\n");
        var start = text.IndexOf("\n{\n", text.IndexOf("in exactly this shape", StringComparison.Ordinal), StringComparison.Ordinal) + 1;
        var end = text.IndexOf("\n}\n", start, StringComparison.Ordinal) + 2;
        return text[start..end];
    }

    private static string[] TopLevelKeys(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(property => property.Name)];
    }
}
