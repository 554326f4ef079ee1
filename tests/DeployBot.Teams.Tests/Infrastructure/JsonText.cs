using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeployBot.Teams.Tests.Infrastructure;

/// <summary>JSON as a person reads it: no \u003C escapes, so text assertions see what Teams will show.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(JsonNode node) => node.ToJsonString(Readable);
}
