using System.Globalization;
using System.Text.Json.Nodes;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rendering;
using DeployBot.Core.Platforms;

namespace DeployBot.Teams.Cards;

/// <summary>The card elements of a plan, in order: header (who, on-call, planner line, context), then the six sections.</summary>
internal static class PlanCardContent
{
    public static JsonArray Header(PlanDelivery delivery, DeploymentPlan plan)
    {
        var header = new JsonArray
        {
            AdaptiveCard.Heading($"Deployment plan: {AdaptiveCard.Safe(delivery.Environment)} (version {delivery.Version})"),
            AdaptiveCard.Text(PlannerLine(plan.Planner), subtle: true),
            OnCallLine(delivery.OnCall),
        };
        if (!string.IsNullOrWhiteSpace(delivery.Requester.UserName))
        {
            header.Add(AdaptiveCard.Text("Requested by " + AdaptiveCard.Safe(delivery.Requester.UserName), subtle: true));
        }

        header.Add(AdaptiveCard.Text("**NOTES:** " + AdaptiveCard.Safe(plan.Context.Notes)));
        if (plan.Source is { } source)
        {
            header.Add(SourceLine(source));
        }

        header.Add(Facts(plan.Context));
        if (delivery.Acknowledgement is { } ack)
        {
            header.Add(AdaptiveCard.Text(
                $"Acknowledged by {AdaptiveCard.Safe(ack.UserName ?? ack.UserId)} at {ack.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC",
                color: "Good"));
        }

        foreach (var element in ChecklistCard.Render(delivery.PlanId, plan, PlanChecklist.Of(delivery)))
        {
            header.Add(element);
        }

        return header;
    }

    public static JsonArray RevisionHeader(PlanDelivery delivery, DeploymentPlan plan)
    {
        var header = new JsonArray
        {
            AdaptiveCard.Heading($"Revised deployment plan: {AdaptiveCard.Safe(delivery.Environment)} (version {delivery.Version})"),
            AdaptiveCard.Text(PlannerLine(plan.Planner), subtle: true),
            AdaptiveCard.Text("**NOTES:** " + AdaptiveCard.Safe(plan.Context.Notes)),
        };
        if (plan.Source is { } source)
        {
            header.Add(SourceLine(source));
        }

        header.Add(Facts(plan.Context));
        return header;
    }

    /// <summary>"**SOURCE:** [title](link) · CI: …": the link NOTES resolved to, under the title it resolved to.</summary>
    public static JsonObject SourceLine(ReleaseSource source)
    {
        var title = AdaptiveCard.Safe(ReleaseSourceText.Title(source)).Replace('[', '(').Replace(']', ')');
        var line = ReleaseSourceText.Address(source) is { } address
            ? $"[{title}]({address.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})"
            : $"{title} ({AdaptiveCard.Safe(source.Link)})";
        return AdaptiveCard.Text("**SOURCE:** " + line + (ReleaseSourceText.Ci(source) is { } ci ? " · " + AdaptiveCard.Safe(ci) : string.Empty));
    }

    /// <summary>Each section as a list of elements (heading first), so long plans can be split between sections or items.</summary>
    public static IReadOnlyList<JsonObject> Sections(DeploymentPlan plan)
    {
        var elements = new List<JsonObject>();
        AddBullets(elements, PlanSections.Summary, plan.Summary);
        AddBullets(elements, PlanSections.PreDeploymentChecks, plan.PreDeploymentChecks);
        elements.Add(AdaptiveCard.Heading(PlanSections.Steps));
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            elements.Add(AdaptiveCard.Text(StepText(i + 1, plan.Steps[i])));
        }

        AddBullets(elements, PlanSections.Verification, plan.Verification);
        AddBullets(elements, PlanSections.Rollback, plan.Rollback);
        AddBullets(elements, PlanSections.NextActions, plan.NextActions);
        return elements;
    }

    public static JsonObject OnCallLine(OnCallTarget onCall)
    {
        var handover = string.IsNullOrWhiteSpace(onCall.AfterHandover)
            ? string.Empty
            : "; after the handover: " + AdaptiveCard.Safe(onCall.AfterHandover);
        if (onCall.MentionId is not null)
        {
            var line = "On call: " + AdaptiveCard.MentionTag(MentionName(onCall));
            return AdaptiveCard.Text(line + Suffix(onCall.Note) + handover);
        }

        var who = onCall.DisplayName is null ? "nobody could be mentioned" : AdaptiveCard.Safe(onCall.DisplayName);
        return AdaptiveCard.Text("On call: " + who + Suffix(onCall.Note) + handover, color: onCall.DisplayName is null ? "Warning" : null);
    }

    public static string MentionName(OnCallTarget onCall) => onCall.DisplayName ?? onCall.MentionId ?? "on-call";

    private static string Suffix(string? note) => string.IsNullOrWhiteSpace(note) ? string.Empty : " (" + AdaptiveCard.Safe(note) + ")";

    private static string PlannerLine(PlannerInfo planner) => planner switch
    {
        { IsOffline: true, FallbackReason: { } reason } => "Written by DeployBot's offline planner because the language model failed: " + AdaptiveCard.Safe(reason),
        { IsOffline: true } => PlanSections.OfflineNotice,
        _ => $"Written with the language model {AdaptiveCard.Safe(planner.ModelId ?? "(unnamed)")}.",
    };

    private static JsonObject Facts(PlanContext context) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray
        {
            Fact("ENVIRONMENT", context.Environment),
            Fact("WINDOW", context.Window ?? "none"),
            Fact("FLAG", context.Flag ?? "none"),
        },
    };

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = AdaptiveCard.Safe(value) };

    private static void AddBullets(List<JsonObject> elements, string heading, IReadOnlyList<string> items)
    {
        elements.Add(AdaptiveCard.Heading(heading));
        elements.AddRange(items.Select(item => AdaptiveCard.Text("- " + AdaptiveCard.Safe(item))));
    }

    private static string StepText(int number, PlanStep step)
    {
        var text = $"{number}. {AdaptiveCard.Safe(step.Action)}";
        if (step.Reference is not null)
        {
            text += $" (`{AdaptiveCard.Safe(step.Reference)}`)";
        }

        text += step.Mode == StepMode.Manual ? " [manual]" : " [automated]";
        return step.FlagAction is null ? text : text + " Flag: " + AdaptiveCard.Safe(step.FlagAction);
    }
}
