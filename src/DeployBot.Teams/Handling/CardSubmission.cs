using System.Text.Json;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Teams.Cards;

namespace DeployBot.Teams.Handling;

/// <summary>The data an <c>Action.Submit</c> (or <c>Action.Execute</c>) sent back: the parameter form, or a plan button.</summary>
internal abstract record CardSubmission
{
    public static CardSubmission Parse(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
        {
            return new Unrecognised();
        }

        return Read(data, AdaptiveCard.SubmitKind) switch
        {
            AdaptiveCard.SubmitForm when Read(data, "formId") is { Length: > 0 } formId => new FormSubmitted(formId, FieldValues(data)),
            AdaptiveCard.PlanAction when Read(data, "planId") is { Length: > 0 } planId && ToButton(Read(data, "action")) is { } button =>
                new PlanButtonPressed(planId, button),
            _ => new Unrecognised(),
        };
    }

    private static Dictionary<RequestField, string?> FieldValues(JsonElement data)
    {
        var values = new Dictionary<RequestField, string?>();
        foreach (var field in Enum.GetValues<RequestField>())
        {
            values[field] = Read(data, field.ToString());
        }

        return values;
    }

    private static PlanButton? ToButton(string? action) => action?.ToLowerInvariant() switch
    {
        "regenerate" => PlanButton.Regenerate,
        "acknowledge" => PlanButton.Acknowledge,
        "rollback" => PlanButton.Rollback,
        _ => null,
    };

    /// <summary>Null for a string that is not valid UTF-16 (a lone surrogate escape), on which GetString throws.</summary>
    private static string? TextOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Read(JsonElement data, string name)
    {
        foreach (var property in data.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => TextOf(property.Value),
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    _ => property.Value.GetRawText(),
                };
            }
        }

        return null;
    }

    public sealed record FormSubmitted(string FormId, IReadOnlyDictionary<RequestField, string?> Values) : CardSubmission;

    public sealed record PlanButtonPressed(string PlanId, PlanButton Button) : CardSubmission;

    public sealed record Unrecognised : CardSubmission;
}
