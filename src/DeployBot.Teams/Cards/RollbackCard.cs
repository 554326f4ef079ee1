using System.Text.Json.Nodes;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;

namespace DeployBot.Teams.Cards;

/// <summary>
/// The detailed rollback plan as Adaptive Cards for the plan's thread, like the plan card: title, planner line (saying
/// so when the offline planner wrote it because the model failed), the context, then the six sections in order,
/// bullets except the numbered steps. A long plan continues in further cards, each under <see cref="PlanCard.MaxCardBytes"/>.
/// </summary>
internal static class RollbackCard
{
    public static IReadOnlyList<JsonObject> Render(RollbackPlan plan, string lead)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var title = Title(plan.Context);
        var pages = PlanCard.Paginate(Header(plan, title, lead), Sections(plan));
        return pages.Select((body, index) => AdaptiveCard.Create(index == 0 ? body : Continued(title, index + 1, pages.Count, body))).ToArray();
    }

    public static string Title(RollbackContext context) =>
        $"Rollback plan: {AdaptiveCard.Safe(context.Environment)}" + (context.Version is { } version ? $" (version {version})" : string.Empty);

    private static JsonArray Header(RollbackPlan plan, string title, string lead)
    {
        var context = plan.Context;
        var header = new JsonArray { AdaptiveCard.Heading(title) };
        var notice = PlanSections.NoticeFor(plan.Planner);
        header.Add(AdaptiveCard.Text(
            notice is null ? $"Written with the language model {AdaptiveCard.Safe(plan.Planner.ModelId ?? "(unnamed)")}." : AdaptiveCard.Safe(notice),
            subtle: notice is null,
            color: plan.Planner.FallbackReason is null ? null : "Warning"));
        header.Add(AdaptiveCard.Text(AdaptiveCard.Safe(lead)));
        header.Add(AdaptiveCard.Text("**NOTES:** " + AdaptiveCard.Safe(context.Notes)));
        var facts = new JsonArray();
        if (context.PlanId is not null)
        {
            facts.Add(Fact("PLAN", $"{context.PlanId}, version {context.Version}"));
        }

        facts.Add(Fact("ENVIRONMENT", context.Environment));
        facts.Add(Fact("FLAG", context.Flag ?? "none"));
        header.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        return header;
    }

    private static List<JsonObject> Sections(RollbackPlan plan)
    {
        var elements = new List<JsonObject>();
        AddBullets(elements, RollbackSections.Summary, plan.Summary);
        AddBullets(elements, RollbackSections.Triggers, plan.Triggers);
        elements.Add(AdaptiveCard.Heading(RollbackSections.Steps));
        elements.AddRange(plan.Steps.Select((step, index) => AdaptiveCard.Text(Step(index + 1, step))));
        AddBullets(elements, RollbackSections.DataRecovery, plan.DataRecovery);
        AddBullets(elements, RollbackSections.Verification, plan.Verification);
        AddBullets(elements, RollbackSections.Communication, plan.Communication);
        return elements;
    }

    private static string Step(int number, RollbackStep step)
    {
        var text = $"{number}. {AdaptiveCard.Safe(step.Action)}";
        if (step.Reference is not null)
        {
            text += $" (`{AdaptiveCard.Safe(step.Reference)}`)";
        }

        text += step.Mode == StepMode.Manual ? " [manual]" : " [automated]";
        return text + " Check: " + AdaptiveCard.Safe(step.Check);
    }

    private static void AddBullets(List<JsonObject> elements, string heading, IReadOnlyList<string> items)
    {
        elements.Add(AdaptiveCard.Heading(heading));
        elements.AddRange(items.Select(item => AdaptiveCard.Text("- " + AdaptiveCard.Safe(item))));
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = AdaptiveCard.Safe(value) };

    private static JsonArray Continued(string title, int part, int total, JsonArray body)
    {
        var continued = new JsonArray { AdaptiveCard.Text($"{title} (continued, part {part} of {total})", weight: "Bolder", subtle: true) };
        foreach (var node in body.ToArray())
        {
            body.Remove(node);
            continued.Add(node);
        }

        return continued;
    }
}
