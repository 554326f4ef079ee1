using DeployBot.Core.Requests;

namespace DeployBot.Core.Conversations;

/// <summary>
/// A platform-neutral description of the form asking for request parameters. Slack renders it as a modal,
/// Teams as an Adaptive Card, the console as HTML. <see cref="FormId"/> identifies the pending request and
/// must come back with the submission.
/// </summary>
public sealed record ParameterForm(string FormId, string Title, IReadOnlyList<FormField> Fields, string? Message = null)
{
    public bool HasErrors => Fields.Any(input => input.Error is not null);

    public FormField this[RequestField field] => Fields.First(f => f.Field == field);
}

/// <summary>One input of the form.</summary>
/// <param name="Field">Which request argument it collects; adapters use its name as the input id.</param>
/// <param name="Label">Human label ("Release notes").</param>
/// <param name="Kind">How to render it.</param>
/// <param name="Required">Whether it must be filled for this environment.</param>
/// <param name="Value">The prefilled value (what was typed or submitted).</param>
/// <param name="Error">The validation message for this field, or null.</param>
/// <param name="Choices">Allowed values for <see cref="FormFieldKind.Choice"/>; empty otherwise.</param>
/// <param name="MaxLength">The longest accepted value.</param>
/// <param name="Hint">A short example or explanation, or null.</param>
public sealed record FormField(
    RequestField Field,
    string Label,
    FormFieldKind Kind,
    bool Required,
    string? Value,
    string? Error,
    IReadOnlyList<FormChoice> Choices,
    int MaxLength,
    string? Hint);

public enum FormFieldKind
{
    Text,
    MultilineText,
    Choice,
}

/// <summary>An allowed value of a choice field and its label.</summary>
public sealed record FormChoice(string Value, string Label);
