using System.Text.RegularExpressions;
using DeployBot.Core.Plans;

namespace DeployBot.Planning.Parsing;

/// <summary>Reads one numbered step written as prose ("Run `db/migrate.sh` (automated) — Flag: enable x for 1%").</summary>
internal static partial class StepText
{
    public static PlanStep? Parse(string text)
    {
        var action = ItemText.Clean(text);
        if (action.Length == 0)
        {
            return null;
        }

        var mode = ModeOf(action);
        string? flagAction = null;
        var flag = FlagLabel().Match(action);
        if (flag.Success)
        {
            flagAction = flag.Groups["text"].Value.Trim().TrimEnd('.');
            action = action.Remove(flag.Index, flag.Length);
        }

        action = ModeMarker().Replace(action, string.Empty);
        var reference = FindReference(ref action);
        // Like the offline planner's, a step's action carries no final period: renderers add the punctuation.
        action = TrimSeparators(DoubledPeriod().Replace(action, "."));
        action = action.EndsWith('.') && !action.EndsWith("..", StringComparison.Ordinal) ? action[..^1] : action;
        return action.Length == 0 ? null : new PlanStep(action, reference, mode, NullIfEmpty(flagAction));
    }

    // An explicit "(manual)" / "(automated)" / "Mode: manual" wins over the word "manual" in the prose.
    private static StepMode ModeOf(string action)
    {
        var marker = ModeMarker().Match(action);
        var evidence = marker.Success ? marker.Value : action;
        return ManualWord().IsMatch(evidence) ? StepMode.Manual : StepMode.Automated;
    }

    private static string? FindReference(ref string action)
    {
        var labelled = LabelledReference().Match(action);
        if (labelled.Success)
        {
            action = action.Remove(labelled.Index, labelled.Length);
            return WithLine(labelled.Groups["path"].Value, labelled.Groups["line"].Value);
        }

        var inline = InlineReference().Match(action);
        if (!inline.Success)
        {
            return null;
        }

        // A reference tacked on at the end ("Run the migration — `db/migrate.sh`") is metadata, not prose.
        if (action[(inline.Index + inline.Length)..].Trim(' ', ')', '.', ',', ';').Length == 0)
        {
            action = action[..inline.Index];
        }

        return WithLine(inline.Groups["path"].Value, inline.Groups["line"].Value);
    }

    private static string TrimSeparators(string text) => text.Trim().TrimEnd('—', '–', '-', ',', ';', ':', '(').Trim();

    private static string WithLine(string path, string line) =>
        line.Length == 0 ? path.Trim() : $"{path.Trim()} (line {line})";

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"(?<!\.)\.\s*\.(?!\.)")]
    private static partial Regex DoubledPeriod();

    [GeneratedRegex(@"\bmanual(ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ManualWord();

    [GeneratedRegex(@"\s*(?:[\(\[]\s*(?:manual|automated|automatic)\s*[\)\]]|[—–-]?\s*\*{0,2}mode\*{0,2}\s*:\s*\*{0,2}(?:manual|automated)\*{0,2})", RegexOptions.IgnoreCase)]
    private static partial Regex ModeMarker();

    [GeneratedRegex(@"[—–-]?\s*\*{0,2}flag(?:\s+action)?\*{0,2}\s*:\s*(?<text>[^\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FlagLabel();

    [GeneratedRegex(@"[—–-]?\s*\(?\*{0,2}(?:(?:script|config|reference|file)\*{0,2}\s*:|uses\*{0,2}\s*:?)\s*`(?<path>[^`]+)`(?:\s*\(line\s*(?<line>\d+)\))?\)?", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledReference();

    [GeneratedRegex(@"`(?<path>[\w./\\-]+\.[A-Za-z0-9]{1,8})`(?:\s*\(line\s*(?<line>\d+)\))?")]
    private static partial Regex InlineReference();
}
