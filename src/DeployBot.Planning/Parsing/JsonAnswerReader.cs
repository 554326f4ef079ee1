using System.Text.Json;
using DeployBot.Core.Plans;

namespace DeployBot.Planning.Parsing;

/// <summary>Reads the JSON plan object the prompt asks for, forgiving about key spelling and list-vs-string.</summary>
internal static class JsonAnswerReader
{
    /// <summary>The draft, or null when <paramref name="json"/> is not a JSON object.</summary>
    public static PlanDraft? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = Unwrap(document.RootElement);
            return root.ValueKind == JsonValueKind.Object ? ReadObject(root) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Some models wrap the plan: { "plan": { ... } }.
    private static JsonElement Unwrap(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1)
        {
            var only = root.EnumerateObject().First().Value;
            if (only.ValueKind == JsonValueKind.Object)
            {
                return only;
            }
        }

        return root;
    }

    private static PlanDraft ReadObject(JsonElement root)
    {
        var draft = new PlanDraft();
        foreach (var property in root.EnumerateObject())
        {
            var key = property.Name.ToLowerInvariant();
            if (key is "releasekind" or "release_kind" or "kind")
            {
                draft.ReleaseKind = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            }
            else if (key == "risks")
            {
                draft.Risks = [.. Strings(property.Value)];
            }
            else if (key == "items")
            {
                ItemReadings.Read(property.Value, draft.Readings);
            }
            else
            {
                ReadSection(draft, PlanSectionNames.Find(property.Name), property.Value);
            }
        }

        return draft;
    }

    private static void ReadSection(PlanDraft draft, PlanSection section, JsonElement value)
    {
        if (section == PlanSection.Steps)
        {
            draft.Steps.AddRange(Steps(value));
        }
        else
        {
            draft.TextSection(section)?.AddRange(Strings(value));
        }
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => Lines(value.GetString()),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => [value.ToString()],
        _ => [],
    };

    // A section written as one string with bullets or newlines becomes one item per line.
    private static IEnumerable<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(ItemText.Clean).Where(line => line.Length > 0);

    private static IEnumerable<PlanStep> Steps(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Steps),
        JsonValueKind.String => Lines(value.GetString()).Select(StepText.Parse).OfType<PlanStep>(),
        JsonValueKind.Object => Step(value) is { } step ? [step] : [],
        _ => [],
    };

    private static PlanStep? Step(JsonElement value)
    {
        var action = Text(value, "action") ?? Text(value, "step") ?? Text(value, "description");
        if (string.IsNullOrWhiteSpace(action))
        {
            return null;
        }

        var mode = Text(value, "mode") is { } written && written.Contains("manual", StringComparison.OrdinalIgnoreCase)
            ? StepMode.Manual
            : StepMode.Automated;
        var reference = Text(value, "reference") ?? Text(value, "script") ?? Text(value, "config");
        return new PlanStep(ItemText.Clean(action), Blank(reference?.Trim('`', ' ')), mode, Blank(Text(value, "flagAction") ?? Text(value, "flag_action")));
    }

    private static string? Text(JsonElement value, string name)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) || value.Equals("null", StringComparison.OrdinalIgnoreCase) ? null : value.Trim();
}
