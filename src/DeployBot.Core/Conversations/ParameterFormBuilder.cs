using DeployBot.Core.Environments;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Conversations;

/// <summary>Describes the parameter form for a pending request: prefilled values, choices and per-field errors.</summary>
internal sealed class ParameterFormBuilder(EnvironmentCatalog catalog)
{
    public const string Title = "Deployment plan";
    public const string WindowHint = "e.g. Sat 22:00–23:00 UTC";

    public ParameterForm Build(
        string formId,
        IReadOnlyDictionary<RequestField, string> values,
        IReadOnlyDictionary<RequestField, string>? errors = null,
        string? message = null)
    {
        errors ??= new Dictionary<RequestField, string>();
        var environment = catalog.Find(Value(values, RequestField.Environment));
        FormField[] fields =
        [
            new(RequestField.Notes, "Release notes", FormFieldKind.MultilineText, true, Value(values, RequestField.Notes),
                Error(errors, RequestField.Notes), [], RequestLimits.MaxNotesLength, "What ships, and anything risky about it"),
            new(RequestField.Environment, "Environment", FormFieldKind.Choice, true, environment?.Name,
                Error(errors, RequestField.Environment), Choices(), 100, null),
            new(RequestField.Window, "Maintenance window", FormFieldKind.Text, environment?.RequireWindow == true,
                Value(values, RequestField.Window), Error(errors, RequestField.Window), [], RequestLimits.MaxWindowLength, WindowHint),
            new(RequestField.Flag, "Feature flag", FormFieldKind.Text, false, Value(values, RequestField.Flag),
                Error(errors, RequestField.Flag), [], RequestLimits.MaxFlagLength, "The flag guarding the change, if any"),
        ];
        return new ParameterForm(formId, Title, fields, message ?? DefaultMessage(environment));
    }

    private IReadOnlyList<FormChoice> Choices() =>
        catalog.All.Select(e => new FormChoice(e.Name, $"{e.Name} ({e.Risk.ToString().ToLowerInvariant()} risk)")).ToArray();

    private static string DefaultMessage(DeploymentEnvironment? environment) =>
        environment is { RequireWindow: true }
            ? $"{environment.Name} plans need release notes and a maintenance window."
            : "Fill in what's missing and I'll draft the plan.";

    private static string? Value(IReadOnlyDictionary<RequestField, string> values, RequestField field) =>
        values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string? Error(IReadOnlyDictionary<RequestField, string> errors, RequestField field) =>
        errors.TryGetValue(field, out var error) ? error : null;
}
