using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Validation;

/// <summary>Text helpers of the validator: the section texts of a plan, masking user values, matching, counting sentences.</summary>
internal static partial class PlanText
{
    private const string Mask = "VALUE";

    /// <summary>Each section's entries by heading, steps flattened to action, reference and flag action.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<string> Entries)> Sections(DeploymentPlan plan) =>
    [
        (PlanSections.Summary, plan.Summary),
        (PlanSections.PreDeploymentChecks, plan.PreDeploymentChecks),
        (PlanSections.Steps, StepTexts(plan.Steps)),
        (PlanSections.Verification, plan.Verification),
        (PlanSections.Rollback, plan.Rollback),
        (PlanSections.NextActions, plan.NextActions),
    ];

    public static IReadOnlyList<string> StepTexts(IReadOnlyList<PlanStep> steps) =>
        steps.SelectMany(step => new[] { step.Action, step.Reference, step.FlagAction })
            .OfType<string>()
            .ToArray();

    /// <summary>
    /// Replaces the user's own values (window, flag, environment) with a neutral word, so that a flag named "let-me-think"
    /// or a window "Sat. 02:00" neither counts as leaked reasoning nor as extra sentences.
    /// </summary>
    public static string MaskValues(string text, IEnumerable<string?> values)
    {
        foreach (var value in values.OfType<string>().Select(v => v.Trim()).Where(Maskable).OrderByDescending(v => v.Length))
        {
            text = text.Replace(value, Mask, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>True when <paramref name="value"/> appears in the text as a whole token (not inside a longer name).</summary>
    public static bool MentionsValue(string text, string value)
    {
        var needle = value.Trim();
        for (var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + needle.Length;
            if (!IsNameChar(text, at - 1) && !IsNameChar(text, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text mentions the window: verbatim (spacing and dashes normalised) or every one of its tokens.</summary>
    public static bool MentionsWindow(string text, string window)
    {
        var haystack = Normalize(text);
        var needle = Normalize(window);
        if (needle.Length == 0 || haystack.Contains(needle, StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = WindowToken().Matches(needle).Select(match => match.Value).ToArray();
        return tokens.Length > 0 && tokens.All(token => haystack.Contains(token, StringComparison.Ordinal));
    }

    /// <summary>Sentences in the text: ends at . ! ? followed by a space and a capital, digit or quote, or at the end.</summary>
    public static int CountSentences(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        var boundaries = SentenceBoundary().Matches(Abbreviation().Replace(trimmed, "abbr")).Count;
        var core = trimmed.TrimEnd('"', '\'', ')', ']');
        var endsWithTerminator = core.Length > 0 && core[^1] is '.' or '!' or '?';
        return boundaries + (endsWithTerminator ? 0 : 1);
    }

    private static bool Maskable(string value) => value.Length >= 2 && value.Any(char.IsLetterOrDigit);

    private static bool IsNameChar(string text, int index) =>
        index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] is '_' or '-');

    private static string Normalize(string text) =>
        Whitespace().Replace(text.Replace('–', '-').Replace('—', '-').ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[.!?]+[""')\]]*(?=\s+[""'(\[]?[\p{Lu}\d]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\b(?:e\.g|i\.e|vs|approx|incl)\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WindowToken();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
