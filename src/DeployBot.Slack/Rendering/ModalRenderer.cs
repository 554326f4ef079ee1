using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;

namespace DeployBot.Slack.Rendering;

/// <summary>
/// The engine's <see cref="ParameterForm"/> as a Slack modal: one input block per field (block_id = the field's name,
/// action_id <c>value</c>), prefilled with what was typed; required fields are not optional.
/// </summary>
internal static class ModalRenderer
{
    public const string CallbackId = "deploy_plan_form";
    public const string ActionId = "value";

    public static ModalView Render(ParameterForm form, FormMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(form);
        var blocks = new List<Block>();
        if (form.Message is not null)
        {
            blocks.Add(new SectionBlock(TextObject.Markdown(SlackText.Truncate(SlackText.Sanitise(form.Message), SlackLimits.SectionText))));
        }

        blocks.AddRange(form.Fields.Select(Input));
        return new ModalView(
            TextObject.Plain(SlackText.Truncate(form.Title, SlackLimits.ViewTitle)),
            TextObject.Plain("Draft plan"),
            TextObject.Plain("Cancel"),
            blocks,
            CallbackId,
            metadata.Serialize());
    }

    /// <summary>A modal that only says something (a refusal after submit): no inputs, no submit button.</summary>
    public static ModalView Notice(string title, string message) =>
        new(
            TextObject.Plain(SlackText.Truncate(title, SlackLimits.ViewTitle)),
            null,
            TextObject.Plain("Close"),
            [new SectionBlock(TextObject.Markdown(SlackText.Truncate(SlackText.SanitiseKeepingChannelLinks(message), SlackLimits.SectionText)))],
            CallbackId + "_notice",
            null);

    public static string BlockId(RequestField field) => field.ToString().ToLowerInvariant();

    public static RequestField? FieldOf(string blockId) =>
        Enum.TryParse<RequestField>(blockId, ignoreCase: true, out var field) && Enum.IsDefined(field) ? field : null;

    private static InputBlock Input(FormField field) =>
        new(
            TextObject.Plain(field.Label),
            Element(field),
            Optional: !field.Required,
            Hint: field.Hint is null ? null : TextObject.Plain(SlackText.Truncate(field.Hint, 2000)))
        {
            BlockId = BlockId(field.Field),
        };

    private static BlockElement Element(FormField field)
    {
        if (field.Kind == FormFieldKind.Choice)
        {
            var options = field.Choices.Take(SlackLimits.SelectOptions).Select(Option).ToArray();
            var initial = options.FirstOrDefault(option => string.Equals(option.Value, field.Value, StringComparison.OrdinalIgnoreCase));
            return new StaticSelectElement(ActionId, options, initial, TextObject.Plain("Choose…"));
        }

        var maxLength = Math.Clamp(field.MaxLength, 1, SlackLimits.InputMaxLength);
        var value = string.IsNullOrEmpty(field.Value) ? null : SlackText.Truncate(field.Value, maxLength);
        return new PlainTextInputElement(ActionId, field.Kind == FormFieldKind.MultilineText, value, field.MaxLength > 0 ? maxLength : null, null);
    }

    private static SelectOption Option(FormChoice choice) =>
        new(TextObject.Plain(SlackText.Truncate(choice.Label, SlackLimits.OptionText)), SlackText.Truncate(choice.Value, SlackLimits.OptionText));
}
