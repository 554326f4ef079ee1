using System.Text.Json.Nodes;

namespace DeployBot.Teams.Cards;

/// <summary>A card with a title and a message and no actions: what a submitted form turns into, so it cannot be submitted twice.</summary>
internal static class NoticeCard
{
    public static JsonObject Render(string title, string message, string? color = null) =>
        AdaptiveCard.Create([AdaptiveCard.Heading(AdaptiveCard.Safe(title)), AdaptiveCard.Text(AdaptiveCard.Safe(message), color: color)]);
}
