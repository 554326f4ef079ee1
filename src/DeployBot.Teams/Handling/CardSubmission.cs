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
            ChecklistCard.Kind => ChecklistSubmission.Parse(data, Read(data, "planId"), Read(data, "version"), Read(data, "shown")),
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

    /// <summary>"Save progress" on a plan's checklist: the steps whose toggles differ from what the card showed.</summary>
    public sealed record StepsChanged(string PlanId, int Version, IReadOnlyList<StepChange> Changes) : CardSubmission;

    /// <summary>The toggle values of a checklist submit, read against the <c>shown</c> state the card carried.</summary>
    private static class ChecklistSubmission
    {
        public static CardSubmission Parse(JsonElement data, string? planId, string? version, string? shown)
        {
            if (planId is not { Length: > 0 } || !int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || shown is not { Length: > 0 and <= 500 } || shown.Any(c => c is not ('0' or '1')))
            {
                return new Unrecognised();
            }

            var changes = new List<StepChange>();
            for (var i = 0; i < shown.Length; i++)
            {
                // A toggle missing from the submit is read as unchanged, never as unticked.
                if (Read(data, ChecklistCard.InputId(i + 1)) is { } value && bool.TryParse(value, out var done) && done != (shown[i] == '1'))
                {
                    changes.Add(new StepChange(i + 1, done));
                }
            }

            return new StepsChanged(planId, number, changes);
        }
    }
}
