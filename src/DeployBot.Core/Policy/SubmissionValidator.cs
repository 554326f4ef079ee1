using DeployBot.Core.Environments;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Policy;

/// <summary>The outcome of checking form values: a request when every field is valid, otherwise a message per field.</summary>
internal sealed record SubmissionCheck(
    DeploymentRequest? Request,
    DeploymentEnvironment? Environment,
    IReadOnlyDictionary<RequestField, string> Errors,
    IReadOnlyList<string> OtherProblems)
{
    public bool IsValid => Request is not null && Errors.Count == 0 && OtherProblems.Count == 0;
}

/// <summary>Checks the values collected by the parameter form, with one message per field.</summary>
internal static class SubmissionValidator
{
    /// <param name="values">The form's values.</param>
    /// <param name="catalog">The configured environments.</param>
    /// <param name="now">The reference for reading WINDOW (weekdays, "tonight", windows already over).</param>
    public static SubmissionCheck Check(IReadOnlyDictionary<RequestField, string> values, EnvironmentCatalog catalog, DateTimeOffset now)
    {
        var errors = new Dictionary<RequestField, string>();
        var notes = Value(values, RequestField.Notes);
        var window = Value(values, RequestField.Window);
        var flag = Value(values, RequestField.Flag);
        var environment = CheckEnvironment(Value(values, RequestField.Environment), catalog, errors);

        CheckNotes(notes, errors);
        CheckWindow(window, environment, errors);
        CheckLength(RequestField.Flag, "FLAG", flag, RequestLimits.MaxFlagLength, errors);

        var others = AddResolverProblems(values, catalog, now, errors);
        var request = errors.Count == 0 && others.Count == 0 && environment is not null
            ? new DeploymentRequest(notes!, environment.Name, window, flag)
            : null;
        return new SubmissionCheck(request, environment, errors, others);
    }

    public static string? Value(IReadOnlyDictionary<RequestField, string> values, RequestField field) =>
        values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DeploymentEnvironment? CheckEnvironment(string? typed, EnvironmentCatalog catalog, Dictionary<RequestField, string> errors)
    {
        if (typed is null)
        {
            errors[RequestField.Environment] = "Choose the environment to deploy to.";
            return null;
        }

        var environment = catalog.Find(typed);
        if (environment is null)
        {
            errors[RequestField.Environment] = $"“{Shorten(typed)}” is not a configured environment; choose one of: {catalog.Describe()}.";
        }

        return environment;
    }

    private static void CheckNotes(string? notes, Dictionary<RequestField, string> errors)
    {
        if (notes is null)
        {
            errors[RequestField.Notes] = "Release notes are required: describe what ships.";
            return;
        }

        CheckLength(RequestField.Notes, "Release notes", notes, RequestLimits.MaxNotesLength, errors);
    }

    private static void CheckWindow(string? window, DeploymentEnvironment? environment, Dictionary<RequestField, string> errors)
    {
        if (window is null && environment is { RequireWindow: true })
        {
            errors[RequestField.Window] = $"{environment.Name} requires a maintenance window, e.g. “Sat 22:00–23:00 UTC”.";
            return;
        }

        CheckLength(RequestField.Window, "WINDOW", window, RequestLimits.MaxWindowLength, errors);
    }

    private static void CheckLength(RequestField field, string label, string? value, int max, Dictionary<RequestField, string> errors)
    {
        if (value is not null && value.Length > max)
        {
            errors[field] = $"{label} is {value.Length} characters long; the limit is {max}.";
        }
    }

    /// <summary>The resolver's own rules (the same ones a typed command meets, WINDOW's reading included), for fields not already in error.</summary>
    private static List<string> AddResolverProblems(
        IReadOnlyDictionary<RequestField, string> values, EnvironmentCatalog catalog, DateTimeOffset now, Dictionary<RequestField, string> errors)
    {
        var present = values
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Value))
            .ToDictionary(pair => pair.Key, pair => pair.Value.Trim());
        var resolution = RequestResolver.Resolve(new ParsedArguments(present, []), catalog, now);
        var others = new List<string>();
        foreach (var problem in resolution.Problems)
        {
            if (problem.Field is not { } field)
            {
                others.Add(problem.Message);
            }
            else
            {
                errors.TryAdd(field, problem.Message);
            }
        }

        return others;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
