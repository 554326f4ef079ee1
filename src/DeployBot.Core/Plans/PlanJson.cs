using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeployBot.Core.Plans;

/// <summary>The JSON shape of plans (CONTRACT.md "The plan as JSON"): camelCase, enums as lowercase words.</summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static string Serialize(DeploymentPlan plan, bool indented = false) =>
        JsonSerializer.Serialize(plan, indented ? Indented : Options);

    public static DeploymentPlan Deserialize(string json) =>
        JsonSerializer.Deserialize<DeploymentPlan>(json, Options)
        ?? throw new JsonException("The plan JSON was null.");

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            // Plans are read by people and tools, never embedded in HTML: keep "+" and "`" as they are, not \u002B.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
