using System.Text.Json;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Planning.Prompts;

namespace DeployBot.Planning.Parsing;

/// <summary>
/// Reads the model's <c>"items"</c>: its own classification of the numbered release items,
/// <c>[{ "n": 1, "risks": ["schema"], "destructive": false }]</c>. An entry is kept only when it is whole and in the
/// vocabulary: a number the prompt gave an item (<see cref="ReleaseFacts.MaxItems"/> at most), risk words all from the
/// list, and <c>destructive</c> as true or false; anything else leaves that item as DeployBot classified it.
/// </summary>
internal static class ItemReadings
{
    public static void Read(JsonElement value, Dictionary<int, ItemReading> readings)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var entry in value.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object && Number(entry) is { } number && Reading(entry) is { } reading)
            {
                readings.TryAdd(number - 1, reading);
            }
        }
    }

    private static int? Number(JsonElement entry)
    {
        foreach (var property in entry.EnumerateObject())
        {
            if (property.Name.ToLowerInvariant() is "n" or "number" or "item" or "index"
                && property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var number) && number >= 1 && number <= ReleaseFacts.MaxItems)
            {
                return number;
            }
        }

        return null;
    }

    private static ItemReading? Reading(JsonElement entry)
    {
        IReadOnlyList<RiskArea>? risks = null;
        bool? destructive = null;
        foreach (var property in entry.EnumerateObject())
        {
            var key = property.Name.ToLowerInvariant();
            if (key == "risks")
            {
                risks = Risks(property.Value);
            }
            else if (key == "destructive" && property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                destructive = property.Value.GetBoolean();
            }
        }

        return risks is null || destructive is null ? null : new ItemReading(risks, destructive.Value);
    }

    // A list of words only; its words are read as the plan's own risks are (all or nothing).
    private static IReadOnlyList<RiskArea>? Risks(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array
            ? RiskWords.Read(value.EnumerateArray().Select(word => word.ValueKind == JsonValueKind.String ? word.GetString() : null))
            : null;
}
