using System.Text.Json.Nodes;
using DeployBot.Core.Platforms;
using DeployBot.Core.Plans.Rollbacks;

namespace DeployBot.Teams.Cards;

/// <summary>The plan as Adaptive Cards: the first card (with the on-call mention and the buttons) and, for a plan too long
/// for one message, continuation cards posted as replies. Each card stays under <see cref="MaxCardBytes"/>.</summary>
internal sealed record PlanCards(JsonObject First, IReadOnlyList<JsonObject> Continuations);

internal static class PlanCard
{
    /// <summary>Well under the older 40 KB bot message limit, leaving room for the activity envelope.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <param name="delivery">The plan and where it goes.</param>
    /// <param name="isRevision">A version posted in the plan's thread: titled as a revision, no on-call line or mention.</param>
    public static PlanCards Render(PlanDelivery delivery, bool isRevision = false)
    {
        var plan = delivery.Plan ?? throw new ArgumentException("The delivery has no plan yet.", nameof(delivery));
        var header = isRevision ? PlanCardContent.RevisionHeader(delivery, plan) : PlanCardContent.Header(delivery, plan);
        var pages = Paginate(header, PlanCardContent.Sections(plan));
        var first = AdaptiveCard.Create(pages[0], Buttons(delivery), isRevision ? null : Mentions(delivery.OnCall));
        var continuations = pages.Skip(1)
            .Select((body, index) => AdaptiveCard.Create(Prepend(ContinuationTitle(delivery, index + 2, pages.Count), body)))
            .ToArray();
        return new PlanCards(first, continuations);
    }

    /// <summary>The placeholder posted while the plan is written; it already mentions on-call so the notification comes with the thread.</summary>
    public static JsonObject Drafting(PlanDelivery delivery)
    {
        var body = new JsonArray
        {
            AdaptiveCard.Heading($"Drafting the {AdaptiveCard.Safe(delivery.Environment)} deployment plan…"),
            PlanCardContent.OnCallLine(delivery.OnCall),
            AdaptiveCard.Text("Requested by " + AdaptiveCard.Safe(delivery.Requester.UserName ?? delivery.Requester.UserId) + ". This card is replaced by the plan when it is ready.", subtle: true),
        };
        return AdaptiveCard.Create(body, mentions: Mentions(delivery.OnCall));
    }

    public static JsonArray? Mentions(OnCallTarget onCall) =>
        onCall.MentionId is { } id ? [AdaptiveCard.Mention(id, PlanCardContent.MentionName(onCall))] : null;

    private static JsonArray Buttons(PlanDelivery delivery)
    {
        var buttons = new JsonArray { AdaptiveCard.Submit("Regenerate", ButtonData(delivery.PlanId, "regenerate")) };
        if (delivery.Acknowledgement is null)
        {
            buttons.Add(AdaptiveCard.Submit("Acknowledge", ButtonData(delivery.PlanId, "acknowledge")));
        }

        // Highlighted (destructive style) when the environment or the release is high risk.
        var rollback = AdaptiveCard.Submit(RollbackOffer.ButtonLabel, ButtonData(delivery.PlanId, "rollback"));
        if (delivery.HighlightsRollback)
        {
            rollback["style"] = "destructive";
        }

        buttons.Add(rollback);

        return buttons;
    }

    private static JsonObject ButtonData(string planId, string action) =>
        new() { [AdaptiveCard.SubmitKind] = AdaptiveCard.PlanAction, ["planId"] = planId, ["action"] = action };

    /// <summary>Splits card elements into card bodies that stay under <see cref="MaxCardBytes"/>, the header first.</summary>
    internal static List<JsonArray> Paginate(JsonArray header, IReadOnlyList<JsonObject> elements)
    {
        var budget = MaxCardBytes - 2048; // room for the card envelope, buttons and mention entity
        var pages = new List<JsonArray> { header };
        var used = AdaptiveCard.SizeInBytes(header);
        foreach (var element in elements)
        {
            var size = AdaptiveCard.SizeInBytes(element);
            if (used + size > budget && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = 0;
            }

            pages[^1].Add(element);
            used += size;
        }

        return pages;
    }

    private static JsonObject ContinuationTitle(PlanDelivery delivery, int part, int total) =>
        AdaptiveCard.Text($"Deployment plan: {AdaptiveCard.Safe(delivery.Environment)} (continued, part {part} of {total})", weight: "Bolder", subtle: true);

    private static JsonArray Prepend(JsonObject first, JsonArray rest)
    {
        var body = new JsonArray { first };
        foreach (var node in rest.ToArray())
        {
            rest.Remove(node);
            body.Add(node);
        }

        return body;
    }
}
