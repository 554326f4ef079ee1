using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Environments;
using DeployBot.Core.Windows;

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

/// <summary>
/// Turns parsed arguments into a request: resolves the environment (aliases), applies size limits and RequireWindow, and
/// reads WINDOW: one that cannot be read or is already over is a problem, never silently ignored.
/// </summary>
public static class RequestResolver
{
    /// <param name="arguments">What was typed or submitted.</param>
    /// <param name="environments">The configured environments.</param>
    /// <param name="now">The reference for WINDOW's weekdays, "tonight" and windows already over.</param>
    public static RequestResolution Resolve(ParsedArguments arguments, EnvironmentCatalog environments, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environments);
        var problems = new List<ArgumentProblem>(arguments.Problems);
        var missing = new List<RequestField>();
        var notes = Value(arguments, RequestField.Notes);
        var environmentText = Value(arguments, RequestField.Environment);
        var window = Value(arguments, RequestField.Window);
        var flag = Value(arguments, RequestField.Flag);

        AddIfMissing(missing, RequestField.Notes, notes);
        AddIfMissing(missing, RequestField.Environment, environmentText);
        var environment = environments.Find(environmentText);
        if (environmentText is not null && environment is null)
        {
            problems.Add(new ArgumentProblem(RequestField.Environment, UnknownEnvironment(environmentText, environments)));
        }

        // An incident hotfix goes out now: a required window is not asked for (issue 20); the plan treats it as "now".
        if (environment is { RequireWindow: true } && window is null && !(notes is not null && ReleaseAnalyzer.IsIncidentHotfix(notes)))
        {
            missing.Add(RequestField.Window);
        }

        // Arguments may come from a form rather than the parser, so the limits are checked here too (once).
        AddLimitProblems(problems, arguments);
        SingleLineFields.AddProblems(problems, arguments);
        AddWindowProblem(problems, window, now);
        var complete = missing.Count == 0 && problems.Count == 0;
        var request = complete ? new DeploymentRequest(notes!, environment!.Name, window, flag) : null;
        return new RequestResolution(request, environment, missing, problems);
    }

    /// <summary>"Unknown environment "prd". Known environments: production (alias prod), staging (alias stage, stg)."</summary>
    public static string UnknownEnvironment(string typed, EnvironmentCatalog environments)
    {
        ArgumentNullException.ThrowIfNull(environments);
        var known = environments.All.Count == 0
            ? "No environments are configured (Environments:<name> in appsettings.json)."
            : $"Known environments: {environments.Describe()}.";
        return $"Unknown environment \"{ArgumentCollector.Excerpt(typed)}\". {known}";
    }

    private static string? Value(ParsedArguments arguments, RequestField field)
    {
        var value = arguments[field]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static void AddIfMissing(List<RequestField> missing, RequestField field, string? value)
    {
        if (value is null)
        {
            missing.Add(field);
        }
    }

    private static void AddWindowProblem(List<ArgumentProblem> problems, string? window, DateTimeOffset now)
    {
        if (window is not null && !problems.Exists(problem => problem.Field == RequestField.Window)
            && WindowProblems.Describe(window, now) is { } message)
        {
            problems.Add(new ArgumentProblem(RequestField.Window, message));
        }
    }

    private static void AddLimitProblems(List<ArgumentProblem> problems, ParsedArguments arguments)
    {
        foreach (var field in Enum.GetValues<RequestField>())
        {
            if (Value(arguments, field) is { } value && RequestSyntax.MaxLength(field) is { } limit && value.Length > limit)
            {
                var problem = new ArgumentProblem(field, ArgumentCollector.TooLongMessage(field, value.Length, limit));
                if (!problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }
        }
    }
}
