using System.Text.Json;

namespace DeployBot.Slack.Inbound;

/// <summary>The parts of an interactivity payload (block_actions, view_submission, view_closed) DeployBot uses.</summary>
internal sealed record InteractionPayload(
    string Type,
    string UserId,
    string? UserName,
    string? ChannelId,
    string? TriggerId,
    string? ResponseUrl,
    SubmittedView? View,
    IReadOnlyList<SlackAction> Actions)
{
    public static InteractionPayload? Parse(string? json)
    {
        if (JsonRead.ParseObject(json) is not { } root
            || JsonRead.String(root, "type") is not { } type
            || JsonRead.String(root, "user", "id") is not { } userId)
        {
            return null;
        }

        return new InteractionPayload(
            type,
            userId,
            JsonRead.String(root, "user", "username") ?? JsonRead.String(root, "user", "name"),
            JsonRead.String(root, "channel", "id") ?? JsonRead.String(root, "container", "channel_id"),
            JsonRead.String(root, "trigger_id"),
            JsonRead.String(root, "response_url"),
            JsonRead.Object(root, "view") is { } view ? SubmittedView.From(view) : null,
            JsonRead.Array(root, "actions").Select(SlackAction.From).ToArray());
    }
}

/// <summary>A modal as submitted: its ids, our private_metadata, and the value of each input block by block_id.</summary>
internal sealed record SubmittedView(string? Id, string? Hash, string? CallbackId, string? PrivateMetadata, IReadOnlyDictionary<string, string?> Values)
{
    public static SubmittedView From(JsonElement view)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (JsonRead.Object(view, "state") is { } state && JsonRead.Object(state, "values") is { } blocks)
        {
            foreach (var block in blocks.EnumerateObject())
            {
                values[block.Name] = block.Value.ValueKind == JsonValueKind.Object
                    ? block.Value.EnumerateObject().Select(action => ValueOf(action.Value)).FirstOrDefault()
                    : null;
            }
        }

        return new SubmittedView(
            JsonRead.String(view, "id"),
            JsonRead.String(view, "hash"),
            JsonRead.String(view, "callback_id"),
            JsonRead.String(view, "private_metadata"),
            values);
    }

    /// <summary>The value of one input element, whatever its type (slack-protocol.md §3, <c>view.state.values</c>).</summary>
    private static string? ValueOf(JsonElement action) =>
        JsonRead.String(action, "value")
        ?? JsonRead.String(action, "selected_option", "value")
        ?? JsonRead.String(action, "selected_date")
        ?? JsonRead.String(action, "selected_time")
        ?? JsonRead.String(action, "selected_user")
        ?? JsonRead.String(action, "selected_conversation")
        ?? JsonRead.String(action, "selected_channel");
}

/// <summary>One pressed button, changed select or ticked checkbox of a block_actions payload.</summary>
internal sealed record SlackAction(string? ActionId, string? BlockId, string? Value, string? ActionTs)
{
    /// <summary>The values of <c>selected_options</c> (checkboxes: the whole set ticked now); null when the action has none.</summary>
    public IReadOnlyList<string>? SelectedValues { get; init; }

    public static SlackAction From(JsonElement action) =>
        new(
            JsonRead.String(action, "action_id"),
            JsonRead.String(action, "block_id"),
            JsonRead.String(action, "value") ?? JsonRead.String(action, "selected_option", "value"),
            JsonRead.String(action, "action_ts"))
        {
            SelectedValues = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("selected_options", out var selected) && selected.ValueKind == JsonValueKind.Array
                ? selected.EnumerateArray().Select(option => JsonRead.String(option, "value")).OfType<string>().ToArray()
                : null,
        };
}
