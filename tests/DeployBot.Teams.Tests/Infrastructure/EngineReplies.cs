using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;

namespace DeployBot.Teams.Tests.Infrastructure;

/// <summary>Engine answers for substitute engines.</summary>
internal static class EngineReplies
{
    public static ParameterForm Form(string formId = "form-42", string? notes = null, string? notesError = null, string? environment = null) => new(
        formId,
        "Deployment plan details",
        [
            new FormField(RequestField.Notes, "Release notes", FormFieldKind.MultilineText, true, notes, notesError, [], RequestLimits.MaxNotesLength, "What ships in this release"),
            new FormField(RequestField.Environment, "Environment", FormFieldKind.Choice, true, environment, null, [new FormChoice("production", "production"), new FormChoice("staging", "staging")], 50, null),
            new FormField(RequestField.Window, "Maintenance window", FormFieldKind.Text, false, null, null, [], RequestLimits.MaxWindowLength, "Sat 02:00-04:00 UTC"),
            new FormField(RequestField.Flag, "Feature flag", FormFieldKind.Text, false, null, null, [], RequestLimits.MaxFlagLength, null),
        ],
        notesError is null ? null : "Please fix the fields marked below.");
}
