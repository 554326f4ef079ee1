using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;

namespace DeployBot.Teams.Cards;

/// <summary>
/// Renders the engine's <see cref="ParameterForm"/> as an Adaptive Card: one input per field (id = the field's name),
/// prefilled, required fields marked with <c>isRequired</c> and an error message, the engine's per-field errors shown
/// under their input, and an <c>Action.Submit</c> whose data carries the form id back.
/// </summary>
internal static class ParameterFormCard
{
    public static JsonObject Render(ParameterForm form)
    {
        var body = new JsonArray { AdaptiveCard.Heading(AdaptiveCard.Safe(form.Title)) };
        if (!string.IsNullOrWhiteSpace(form.Message))
        {
            body.Add(AdaptiveCard.Text(AdaptiveCard.Safe(form.Message), color: form.HasErrors ? "Attention" : null));
        }

        foreach (var field in form.Fields)
        {
            body.Add(Input(field));
            if (field.Error is not null)
            {
                body.Add(AdaptiveCard.Text(AdaptiveCard.Safe(field.Error), color: "Attention", size: "Small"));
            }
        }

        var data = new JsonObject { [AdaptiveCard.SubmitKind] = AdaptiveCard.SubmitForm, ["formId"] = form.FormId };
        return AdaptiveCard.Create(body, [AdaptiveCard.Submit("Write the plan", data)]);
    }

    private static JsonObject Input(FormField field)
    {
        var input = field.Kind == FormFieldKind.Choice ? ChoiceSet(field) : TextInput(field);
        input["id"] = field.Field.ToString();
        input["label"] = AdaptiveCard.Safe(field.Label) + (field.Required ? string.Empty : " (optional)");
        input["isRequired"] = field.Required;
        if (field.Required)
        {
            input["errorMessage"] = $"{AdaptiveCard.Safe(field.Label)} is required.";
        }

        if (!string.IsNullOrEmpty(field.Value))
        {
            input["value"] = field.Value;
        }

        if (!string.IsNullOrWhiteSpace(field.Hint))
        {
            input["placeholder"] = AdaptiveCard.Safe(field.Hint);
        }

        return input;
    }

    private static JsonObject TextInput(FormField field) => new()
    {
        ["type"] = "Input.Text",
        ["isMultiline"] = field.Kind == FormFieldKind.MultilineText,
        ["maxLength"] = field.MaxLength,
    };

    private static JsonObject ChoiceSet(FormField field)
    {
        var choices = new JsonArray();
        foreach (var choice in field.Choices)
        {
            choices.Add(new JsonObject { ["title"] = AdaptiveCard.Safe(choice.Label), ["value"] = choice.Value });
        }

        return new JsonObject { ["type"] = "Input.ChoiceSet", ["style"] = "compact", ["choices"] = choices };
    }
}
