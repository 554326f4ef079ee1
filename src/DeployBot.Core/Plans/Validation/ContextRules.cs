using DeployBot.Core.Requests;

namespace DeployBot.Core.Plans.Validation;

/// <summary>The context block must repeat the request as given: no altered notes, environment, window or flag.</summary>
internal static class ContextRules
{
    public static IEnumerable<PlanViolation> Check(PlanContext context, DeploymentRequest request)
    {
        if (Text(context.Notes) != Text(request.Notes))
        {
            yield return new(PlanRules.ContextNotes, "The context block's NOTES differ from the notes given; repeat them unchanged.");
        }

        if (!string.Equals(Text(context.Environment), Text(request.Environment), StringComparison.OrdinalIgnoreCase))
        {
            yield return new(PlanRules.ContextEnvironment, $"The context block's ENVIRONMENT must be \"{request.Environment}\".");
        }

        if (Optional(context.Window) != Optional(request.Window))
        {
            yield return new(PlanRules.ContextWindow, $"The context block's WINDOW must be \"{Optional(request.Window) ?? "none"}\".");
        }

        if (Optional(context.Flag) != Optional(request.Flag))
        {
            yield return new(PlanRules.ContextFlag, $"The context block's FLAG must be \"{Optional(request.Flag) ?? "none"}\".");
        }
    }

    private static string Text(string? value) => (value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string? Optional(string? value)
    {
        var text = Text(value);
        return text.Length == 0 || text.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : text;
    }
}
