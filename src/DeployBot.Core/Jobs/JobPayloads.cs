using System.Text.Json;
using System.Text.Json.Serialization;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Jobs;

/// <summary>
/// Write and post the first version. <paramref name="Channel"/> is the release channel chosen at acceptance. The request
/// is read from the plan's row, written in the same transaction as the job (a pasted changelog is stored once, not twice
/// on the acknowledgement's write); <paramref name="Request"/> is only set in payloads written before that, which are
/// still read.
/// </summary>
internal sealed record GeneratePlanPayload(Requester Requester, DeploymentRequest? Request, string Channel);

/// <summary>Write a new version with the latest inputs and post it in place. <paramref name="Requester"/> pressed the button.</summary>
internal sealed record RegeneratePlanPayload(Requester Requester);

/// <summary>Write a new version with changed inputs and post it in the thread. <paramref name="Changes"/> says what changed.</summary>
internal sealed record RevisePlanPayload(Requester Requester, DeploymentRequest Request, ThreadRef Thread, string Changes);

/// <summary>Answer <paramref name="Question"/> in the plan's thread.</summary>
internal sealed record AnswerQuestionPayload(Requester Requester, string Question, ThreadRef Thread);

/// <summary>Write the detailed rollback plan of <paramref name="Version"/> and post it in <paramref name="Thread"/>.</summary>
internal sealed record RollbackPlanPayload(Requester Requester, ThreadRef Thread, int Version);

/// <summary>Re-render the posted plan (e.g. to show who acknowledged it).</summary>
internal sealed record RefreshPostPayload(Requester Requester);

/// <summary>The part every payload shares: who to tell when the job fails for good.</summary>
internal sealed record PayloadRecipient(Requester? Requester);

/// <summary>The JSON shape of job payloads and job state.</summary>
internal static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The job JSON is empty where a {typeof(T).Name} was expected.");
}
