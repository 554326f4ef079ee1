using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Release notes written in reStructuredText (most Python projects' CHANGES.rst / news.rst, and Sphinx's changelog
/// extension) turned into the Markdown that <see cref="NoteItems"/> reads, so their structure is not lost:
/// <list type="bullet">
/// <item>An underlined (or over- and underlined) title such as "Psycopg 3.2.13" over "^^^^" is a heading. Markdown knows
/// only "=" and "-" underlines; "^^^^" stayed part of a paragraph, so the version was never seen and a patch release of
/// fixes read as a normal one.</item>
/// <item>Sphinx's changelog directives (".. changelog::", ":version: 1.19.1", ".. change::", ":tags: bug, autogenerate")
/// become a version heading and a section per change; their indented bodies were Markdown code blocks, and ignored.</item>
/// </list>
/// Markdown notes come back unchanged: only underlines made of RST's own adornment characters count, never "***" or "___"
/// (Markdown rules) or "```" (a fence), and nothing inside a fenced code block is touched.
/// </summary>
internal static partial class RestructuredText
{
    public static string ToMarkdown(string notes)
    {
        var lines = notes.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sphinx = lines.Any(line => Directive().IsMatch(line) || Field().IsMatch(line));
        if (!sphinx && !HasUnderlinedTitle(lines))
        {
            return notes;
        }

        var output = new List<string>(lines.Length);
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = sphinx ? lines[i].Trim() : lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }

            if (fenced)
            {
                output.Add(line);
                continue;
            }

            if (IsOverline(trimmed) && i + 2 < lines.Length && IsTitle(lines[i + 1]) && lines[i + 2].Trim() == trimmed)
            {
                output.Add("## " + lines[i + 1].Trim());
                i += 2;
                continue;
            }

            if (IsTitle(line) && i + 1 < lines.Length && Underlines(lines[i + 1].Trim(), trimmed))
            {
                output.AddRange([string.Empty, "## " + trimmed, string.Empty]);
                i++;
                continue;
            }

            output.Add(sphinx ? Sphinx(trimmed) : line);
        }

        return string.Join('\n', output);
    }

    /// <summary>":version: 1.19.1" is the release's heading, ":tags: bug, autogenerate" a change's section; other fields and directives go.</summary>
    private static string Sphinx(string line)
    {
        if (Field().Match(line) is { Success: true } field)
        {
            var value = field.Groups["value"].Value.Trim();
            return field.Groups["name"].Value.ToUpperInvariant() switch
            {
                "VERSION" => "\n## " + value + "\n",
                "TAGS" when value.Length > 0 => "\n### " + value + "\n",
                _ => string.Empty,
            };
        }

        return Directive().IsMatch(line) ? string.Empty : line;
    }

    private static bool HasUnderlinedTitle(string[] lines)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (IsTitle(lines[i]) && Underlines(lines[i + 1].Trim(), lines[i].Trim()))
            {
                return true;
            }

            if (i > 0 && IsOverline(lines[i - 1].Trim()) && IsTitle(lines[i]) && lines[i + 1].Trim() == lines[i - 1].Trim())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line that can be a title: text that is not a list item, a Markdown heading, a quote or itself an adornment.</summary>
    private static bool IsTitle(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && line.Length == line.TrimStart().Length && !IsAdornment(trimmed)
            && trimmed[0] is not ('-' or '*' or '+' or '#' or '>' or '|' or '`') && !char.IsWhiteSpace(line[0]);
    }

    /// <summary>An underline at least as long as its title (RST requires it), of one adornment character.</summary>
    private static bool Underlines(string underline, string title) => IsAdornment(underline) && underline.Length >= Math.Min(title.Length, 60);

    /// <summary>Three or more of one of RST's adornment characters that Markdown gives no other meaning to ("=" and "-" it reads the same way).</summary>
    private static bool IsAdornment(string text) =>
        text.Length >= 3 && (text[0] is '=' or '-' or '~' or '^' or '"' or '\'' or ':' or '.') && text.All(c => c == text[0]);

    /// <summary>
    /// An overline: an adornment, or a run of more than six "#" or "*" (Sphinx's part and chapter titles, "####…" over and
    /// under "Upgrade Notes for Dropwizard 3.0.x"); Markdown reads no more than six "#" as a heading and "***" as a rule, and
    /// the title must have the same line under it.
    /// </summary>
    private static bool IsOverline(string text) =>
        IsAdornment(text) || (text.Length > 6 && text[0] is ('#' or '*') && text.All(c => c == text[0]));

    [GeneratedRegex(@"^\s*\.\.\s+[\w:-]+::", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\s*:(?<name>version|released|tags|tickets|pullreq|changeset|versions|include_notes_from):(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Field();
}
