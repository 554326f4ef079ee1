using System.Globalization;
using DeployBot.Core.Plans;
using DeployBot.Core.Platforms;

namespace DeployBot.Slack.Rendering;

/// <summary>
/// The Deployment Steps as Block Kit checkboxes: one <c>checkboxes</c> element per ten steps (Slack's limit), ticked
/// from the stored checklist. Each block's id carries the plan, the version and what it showed (<see cref="ChecklistBlockId"/>),
/// so a tick is read as a change against what that person saw, and a re-render with new ticks gets a new id.
/// </summary>
internal static class ChecklistBlocks
{
    public const string ActionId = "checklist";
    public const int StepsPerElement = 10;

    /// <summary>Ten elements at most, so a plan of hundreds of steps still fits Slack's 50 blocks; the progress counts them all.</summary>
    public const int MaxSteps = 100;

    public static IEnumerable<Block> Render(string planId, DeploymentPlan plan, PlanChecklist checklist)
    {
        var count = Math.Min(plan.Steps.Count, MaxSteps);
        for (var first = 1; first <= count; first += StepsPerElement)
        {
            var steps = Enumerable.Range(first, Math.Min(StepsPerElement, count - first + 1)).ToArray();
            var options = steps.Select(step => Option(step, plan.Steps[step - 1], checklist)).ToArray();
            var ticked = options.Where((_, index) => checklist.Done(steps[index]) is not null).ToArray();
            var shown = new ChecklistBlockId(planId, checklist.Version, first, steps.Select(step => checklist.Done(step) is not null).ToArray());
            yield return new ActionsBlock([new CheckboxesElement(ActionId, options, ticked.Length == 0 ? null : ticked)]) { BlockId = shown.Format() };
        }
    }

    private static CheckboxOption Option(int step, PlanStep planStep, PlanChecklist checklist)
    {
        var text = SlackText.Truncate(SlackText.Plain($"{step}. {planStep.Action}"), SlackLimits.OptionText);
        var value = step.ToString(CultureInfo.InvariantCulture);
        return checklist.Done(step) is { } tick
            ? new CheckboxOption(TextObject.Plain(text), value, TextObject.Markdown(DoneBy(tick)))
            : new CheckboxOption(TextObject.Plain(text), value);
    }

    private static string DoneBy(Core.Storage.StepTick tick)
    {
        var who = SlackText.Mention(tick.UserId) ?? SlackText.Sanitise(tick.UserName ?? tick.UserId);
        return SlackText.Truncate($"Done by {who} at {PlanChecklist.Clock(tick.At)} UTC", SlackLimits.OptionText);
    }
}
