using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeployBot.Teams.Activities;

/// <summary>The wire JSON of the Bot Framework: camelCase, nulls left out, unknown fields ignored.</summary>
internal static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
