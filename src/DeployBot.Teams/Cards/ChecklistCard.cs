using System.Globalization;
using System.Text.Json.Nodes;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;

namespace DeployBot.Teams.Cards;

/// <summary>
/// The Deployment Steps as a checklist on the plan card: the progress line, one <c>Input.Toggle</c> per step (ticked
/// from the stored checklist, with who ticked it and when) and a "Save progress" <c>Action.Submit</c> whose data says
/// which plan version it belongs to and what the toggles showed, so the bot stores only what the person changed.
/// </summary>
internal static class ChecklistCard
{
    public const string Kind = "checklist";
    private const int MaxTitle = 120;

    /// <summary>Toggles for the first 60 steps at most, so the first card stays within <see cref="PlanCard.MaxCardBytes"/>; the progress counts all.</summary>
    public const int MaxSteps = 60;

    /// <summary>The toggle's input id for a step ("step3"); its value is <c>"true"</c> or <c>"false"</c>.</summary>
    public static string InputId(int step) => "step" + step.ToString(CultureInfo.InvariantCulture);

    public static IEnumerable<JsonObject> Render(string planId, DeploymentPlan plan, PlanChecklist checklist)
    {
        yield return AdaptiveCard.Text("**Checklist:** " + checklist.Summary, color: checklist.DoneCount == checklist.StepCount && checklist.StepCount > 0 ? "Good" : null);
        var count = Math.Min(plan.Steps.Count, MaxSteps);
        for (var step = 1; step <= count; step++)
        {
            yield return Toggle(step, plan.Steps[step - 1], checklist.Done(step));
        }

        if (count > 0)
        {
            var shown = string.Concat(Enumerable.Range(1, count).Select(step => checklist.Done(step) is null ? '0' : '1'));
            var data = new JsonObject
            {
                [AdaptiveCard.SubmitKind] = Kind,
                ["planId"] = planId,
                ["version"] = checklist.Version,
                ["shown"] = shown,
            };
            yield return new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray { AdaptiveCard.Submit("Save progress", data) } };
        }
    }

    private static JsonObject Toggle(int step, PlanStep planStep, Core.Storage.StepTick? done)
    {
        var action = AdaptiveCard.Safe(planStep.Action);
        var title = $"{step}. {(action.Length > MaxTitle ? string.Concat(action.AsSpan(0, MaxTitle - 1), "…") : action)}";
        if (done is not null)
        {
            title += " (" + AdaptiveCard.Safe(PlanChecklist.DoneLine(done)) + ")";
        }

        return new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = InputId(step),
            ["title"] = title,
            ["value"] = done is null ? "false" : "true",
            ["valueOn"] = "true",
            ["valueOff"] = "false",
            ["wrap"] = true,
        };
    }
}
