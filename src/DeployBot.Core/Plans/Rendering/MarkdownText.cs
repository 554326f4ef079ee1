using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Rendering;

/// <summary>Small text helpers of the Markdown renderer: lines, single-line values, continuation indents, references.</summary>
internal static partial class MarkdownText
{
    /// <summary>The text's lines with line endings normalised and trailing spaces and blank edges removed.</summary>
    public static IReadOnlyList<string> Lines(string? text)
    {
        var lines = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n')
            .Select(line => line.TrimEnd())
            .SkipWhile(line => line.Length == 0)
            .ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>A one-line value (newlines become spaces), or null when blank.</summary>
    public static string? Inline(string? text)
    {
        var lines = Lines(text).Where(line => line.Length > 0).Select(line => line.Trim());
        var joined = string.Join(' ', lines);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>A list item's text; continuation lines are indented under the item so they stay inside it.</summary>
    public static string Item(string text, string indent) =>
        string.Join("\n", Lines(text).Select((line, index) => index == 0 || line.Length == 0 ? line : indent + line));

    /// <summary>`path/file.ext` (line N) from "path/file.ext (line N)", with stray backticks removed; null when blank.</summary>
    public static string? Reference(string? reference)
    {
        var text = Inline(reference)?.Replace("`", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = LineSuffix().Match(text);
        return match.Success
            ? $"`{text[..match.Index].TrimEnd()}` (line {match.Groups["line"].Value})"
            : $"`{text}`";
    }

    public static string WithoutFinalPeriod(string text) => text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal) ? text[..^1] : text;

    public static string WithFinalPeriod(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";

    [GeneratedRegex(@"[\s,:]*\(?\s*line\s+(?<line>\d+)\s*\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineSuffix();
}
