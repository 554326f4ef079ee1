using System.Text;
using System.Text.Json.Nodes;
using DeployBot.Teams.Activities;

namespace DeployBot.Teams.Cards;

/// <summary>Small builders for Adaptive Card 1.5 JSON (the newest version Teams renders for bot cards, teams-protocol.md §5).</summary>
internal static class AdaptiveCard
{
    public const string SubmitKind = "deploybot";
    public const string SubmitForm = "submit-form";
    public const string PlanAction = "plan-action";

    public static JsonObject Create(JsonArray body, JsonArray? actions = null, JsonArray? mentions = null)
    {
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = TeamsConstants.AdaptiveCardVersion,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        card["msteams"] = mentions is { Count: > 0 }
            ? new JsonObject { ["width"] = "Full", ["entities"] = mentions }
            : new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject Text(string text, string? weight = null, string? size = null, string? color = null, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    public static JsonObject Heading(string text) => Text(text, weight: "Bolder", size: "Medium");

    public static JsonObject Submit(string title, JsonObject data) =>
        new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    /// <summary>A mention entity for <c>msteams.entities</c>; the card text must contain <paramref name="name"/> in the same <c>&lt;at&gt;</c> tag.</summary>
    public static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = MentionTag(name),
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };

    public static string MentionTag(string name) => "<at>" + TeamsMarkdown.Neutralise(name) + "</at>";

    public static Attachment ToAttachment(JsonObject card) => new(TeamsConstants.AdaptiveCardContentType, card);

    public static int SizeInBytes(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString());

    /// <summary>Untrusted text for a TextBlock: no mention tags and no Markdown links or images (<see cref="TeamsMarkdown"/>).</summary>
    public static string Safe(string? text) => TeamsMarkdown.Neutralise(text);
}
