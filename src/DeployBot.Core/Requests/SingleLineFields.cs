using System.Globalization;

namespace DeployBot.Core.Requests;

/// <summary>
/// WINDOW and FLAG are one line each: they are quoted into the model's prompt and the plan's context lines, where a line
/// break (including U+2028, U+2029, U+0085, vertical tab and form feed) or another control character could start text
/// that looks like an instruction or a heading of its own. Such values are refused with a message, never silently changed.
/// </summary>
internal static class SingleLineFields
{
    private static readonly RequestField[] Fields = [RequestField.Window, RequestField.Flag];

    public static void AddProblems(List<ArgumentProblem> problems, ParsedArguments arguments)
    {
        foreach (var field in Fields)
        {
            if (arguments[field]?.Trim() is { Length: > 0 } value && !IsSingleLine(value))
            {
                var problem = new ArgumentProblem(field, $"{field.ToString().ToUpperInvariant()} must be a single line without control characters.");
                if (!problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }
        }
    }

    public static bool IsSingleLine(string value) => !value.Any(IsBreakOrControl);

    private static bool IsBreakOrControl(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
