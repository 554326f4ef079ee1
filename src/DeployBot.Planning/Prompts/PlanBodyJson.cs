using System.Text.Json;
using System.Text.Json.Serialization;
using DeployBot.Core.Plans;

namespace DeployBot.Planning.Prompts;

/// <summary>
/// A plan's body as the prompts show it to the model: the sections and metadata of the JSON object the plan prompt asks
/// for, without the context block and the items' texts (only their numbered readings), so the notes reach the model only
/// inside the fence.
/// </summary>
internal static class PlanBodyJson
{
    /// <summary>The body alone, as a revision prompt quotes the previous plan.</summary>
    public static string Serialize(DeploymentPlan plan, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(Body.From(plan, writtenBy: null), options);

    /// <summary>The body plus who wrote it ("model" or "offline planner"), as a thread question shows the posted plan.</summary>
    public static string SerializeWithAuthor(DeploymentPlan plan, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(Body.From(plan, plan.Planner.IsOffline ? "offline planner" : "model"), options);

    private sealed record Body(
        IReadOnlyList<string> Summary,
        IReadOnlyList<string> PreDeploymentChecks,
        IReadOnlyList<PlanStep> Steps,
        IReadOnlyList<string> Verification,
        IReadOnlyList<string> Rollback,
        IReadOnlyList<string> NextActions,
        ReleaseKind ReleaseKind,
        IReadOnlyList<RiskArea> Risks,
        IReadOnlyList<Body.Reading> Items,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WrittenBy)
    {
        public static Body From(DeploymentPlan plan, string? writtenBy)
        {
            ArgumentNullException.ThrowIfNull(plan);
            return new(
                plan.Summary, plan.PreDeploymentChecks, plan.Steps, plan.Verification, plan.Rollback, plan.NextActions, plan.ReleaseKind, plan.Risks,
                [.. plan.Items.Take(ReleaseFacts.MaxItems).Select((item, index) => new Reading(index + 1, item.Risks, item.Destructive))],
                writtenBy);
        }

        /// <summary>How the plan read one numbered item; its text stays in the fenced notes.</summary>
        public sealed record Reading(int N, IReadOnlyList<RiskArea> Risks, bool Destructive);
    }
}
