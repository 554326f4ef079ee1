using DeployBot.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>The console's JSON: camelCase, enums as camelCase words, like the plan JSON of CONTRACT.md.</summary>
internal static class ConsoleJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Reads a JSON body with a hard cap (<see cref="BoundedBody"/>); bad or oversized input becomes a 4xx problem that says what was wrong, never a 500.</summary>
    public static async Task<BodyOrProblem<T>> ReadBodyAsync<T>(HttpRequest request, string example, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return Problem<T>(StatusCodes.Status415UnsupportedMediaType, "Send the request as JSON", $"Use Content-Type: application/json with a body like {example}.");
        }

        var bytes = await BoundedBody.ReadAsync(request.HttpContext, ConsoleConstants.MaxBodyBytes, cancellationToken);
        if (bytes is null)
        {
            return Problem<T>(StatusCodes.Status413PayloadTooLarge, "The request body is too large", $"The console accepts at most {ConsoleConstants.MaxBodyBytes / 1024} KB.");
        }

        try
        {
            var body = JsonSerializer.Deserialize<T>(bytes, Options);
            return body is null
                ? Problem<T>(StatusCodes.Status400BadRequest, "The request body is empty", $"Send a JSON object like {example}.")
                : new BodyOrProblem<T>(body, null);
        }
        catch (JsonException exception)
        {
            return Problem<T>(StatusCodes.Status400BadRequest, "The request body is not valid JSON", $"{Describe(exception)} Send a JSON object like {example}.");
        }
    }

    /// <summary>A 200 answer serialized with the console's options (enums as words), not the host's defaults.</summary>
    public static IResult Ok<T>(T value) => TypedResults.Json(value, Options);

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    private static BodyOrProblem<T> Problem<T>(int status, string title, string detail)
        where T : class => new(null, Problem(status, title, detail));

    private static string Describe(JsonException exception) =>
        exception.Path is { Length: > 1 } path ? $"The value at {path} could not be read." : "It could not be parsed.";

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>Either the body that was read, or the problem to answer with.</summary>
internal sealed record BodyOrProblem<T>(T? Body, IResult? Problem)
    where T : class;
