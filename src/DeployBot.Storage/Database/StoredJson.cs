using System.Text.Json;
using DeployBot.Core.Plans;

namespace DeployBot.Storage.Database;

/// <summary>Records are kept as JSON text in the plan contract's shape (camelCase, enums as words).</summary>
internal static class StoredJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, PlanJson.Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, PlanJson.Options)
        ?? throw new JsonException($"A stored {typeof(T).Name} was null.");
}
