using Markdig;
using Markdig.Syntax;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>One item of release notes with the heading it stands under (null when none).</summary>
internal sealed record NoteItem(string Text, string? Section);

/// <summary>
/// Splits release notes into items with Markdig: list items, paragraph lines and, inside a line, clauses separated by
/// ";" or sentences, so "Add a column; drop a table" is two items. Headings are not items: each item keeps the nearest
/// heading above it (a version such as "## 10.8.3" or a section such as "### Breaking changes").
/// </summary>
internal static partial class NoteItems
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static (IReadOnlyList<NoteItem> Items, IReadOnlyList<string> Headings) Split(string notes)
    {
        var document = Markdown.Parse(PlainOldDocumentation.ToMarkdown(RestructuredText.ToMarkdown(FrontMatter.Strip(notes))), Pipeline);
        var items = new List<NoteItem>();
        var headings = new List<string>();
        string? section = null;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock heading)
            {
                section = Flatten(heading.Inline).Trim();
                headings.Add(section);
                continue;
            }

            if (block is ParagraphBlock paragraph && IsHeadingLike(paragraph, out var label))
            {
                section = label;
                headings.Add(label);
                continue;
            }

            var text = block switch
            {
                ParagraphBlock p => Flatten(p.Inline),
                // Plain-text changelogs indent their entries ("    *) Security: fix …", "\t- Fix …"), which Markdown reads as
                // an indented code block; entries that start with a bullet, and paragraphs that open with a sentence, are the
        // release's items, not code.
                CodeBlock code when code is not FencedCodeBlock && code.Lines.ToString() is var lines && (IndentedEntry().IsMatch(lines) || IndentedProse().IsMatch(lines)) => lines,
                CodeBlock => string.Empty,
                _ => block.Lines.ToString(),
            };
            foreach (var part in VersionLines(text))
            {
                if (part.Heading)
                {
                    section = part.Text;
                    headings.Add(part.Text);
                    continue;
                }

                var clauses = Clauses(part.Text).ToArray();
                if (clauses.Length > 0 && Placeholder().IsMatch(clauses[0]) && items.Count > 0 && BareLabel().IsMatch(items[^1].Text))
                {
                    // "Breaking changes" over "- None": an empty section, not a breaking item.
                    items.RemoveAt(items.Count - 1);
                }

                items.AddRange(clauses.Where(clause => !Placeholder().IsMatch(clause)).Select(clause => new NoteItem(clause, section)));
            }
        }

        return (items, headings);
    }

    /// <summary>A paragraph that is only bold text ("**Breaking changes**") or ends with ":" and is short, acts as a heading.</summary>
    private static bool IsHeadingLike(ParagraphBlock paragraph, out string label)
    {
        label = Flatten(paragraph.Inline).Trim();
        var onlyEmphasis = paragraph.Inline?.FirstChild is EmphasisInline && paragraph.Inline.FirstChild.NextSibling is null;
        var colonLabel = label.EndsWith(':') && label.Length <= 40 && !label.Contains('\n', StringComparison.Ordinal);
        return label.Length > 0 && label.Length <= 60 && (onlyEmphasis || colonLabel) && paragraph.Parent is MarkdownDocument;
    }

    /// <summary>
    /// A plain-text changelog (Perl's <c>Changes</c>, many C projects) heads each release with a line holding only its
    /// version and date ("1.6.1  2026-01-06T18:07:23Z") and no heading markup; such a line is the version heading of the
    /// lines after it, not an item. RDoc and AsciiDoc changelogs (Ruby projects' <c>CHANGELOG</c>) mark headings with
    /// leading equals signs instead ("== 2024-11-12 v6.0.1", "=== [Accounts]", "=== 5.95.1 (2025-08-05)"); nginx and Apache
    /// httpd write "Changes with Apache 2.4.62" (<see cref="ReleaseHeaderLine"/>).
    /// </summary>
    private static IEnumerable<(string Text, bool Heading)> VersionLines(string text)
    {
        var rest = new System.Text.StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var titled = EqualsHeading().Match(line);
            if (IsReleaseHeader(line) || titled.Success)
            {
                if (rest.Length > 0)
                {
                    yield return (rest.ToString(), false);
                    rest.Clear();
                }

                yield return (titled.Success ? titled.Groups["title"].Value.Trim() : line.Trim(), true);
                continue;
            }

            rest.Append(rest.Length > 0 ? "\n" : string.Empty).Append(line);
        }

        if (rest.Length > 0)
        {
            yield return (rest.ToString(), false);
        }
    }

    /// <summary>"Add a column; drop a table" is two clauses, but a ";" inside a code span (<c>`a.php ; b.php`</c>) is part of one command.</summary>
    private static IEnumerable<string> Clauses(string text) =>
        Unwrap(text.Split('\n'))
            .SelectMany(SplitOutsideCode)
            .SelectMany(Sentences)
            .Select(clause => EntryMarker().Replace(clause.Trim(), string.Empty).TrimStart('-', '*', '+', '•', ' ').Trim())
            .Where(clause => clause.Any(char.IsLetter));

    /// <summary>
    /// Joins a line wrapped in the middle of a sentence to the line before it (the next line starts in lower case, or
    /// with a code span or bracket after a line that does not end a sentence), so "no longer\nsupports X" stays one item.
    /// </summary>
    private static IEnumerable<string> Unwrap(string[] lines)
    {
        var current = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (current.Length > 0 && IsContinuation(current, trimmed))
            {
                current.Append(' ').Append(trimmed);
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }

            current.Clear().Append(trimmed);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static bool IsContinuation(System.Text.StringBuilder previous, string line)
    {
        if (line.Length == 0 || line[0] is '-' or '*' or '+' or '•' or '#')
        {
            return false;
        }

        var last = previous[^1];
        var endsSentence = last is '.' or '!' or '?' or ':';
        return StartsWithLowerCaseWord(line) || (!endsSentence && line[0] is '`' or '(' or '"') || OpenEnded().IsMatch(previous.ToString());
    }

    /// <summary>"supports Barman", "copy of data": a lower-case word, then a space, punctuation or the end.</summary>
    private static bool StartsWithLowerCaseWord(string line)
    {
        var end = 0;
        while (end < line.Length && (char.IsLower(line[end]) || (end > 0 && line[end] is '\'' or '-')))
        {
            end++;
        }

        return end > 0 && (end == line.Length || char.IsWhiteSpace(line[end]) || line[end] is ',' or '.' or ';' or ':' or '!' or '?' or ')');
    }

    /// <summary>Splits after ". " before a capital letter, also after a name, a version or a bracket ("orders.status_v2. Drop
    /// …", "(V90.sql). Rotate …"), keeping abbreviations such as "e.g. X" together.</summary>
    private static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        for (var i = 1; i < line.Length - 2; i++)
        {
            if (line[i] == '.' && line[i + 1] == ' ' && char.IsUpper(line[i + 2]) && (char.IsLetterOrDigit(line[i - 1]) || line[i - 1] is ')' or '`') && !IsAbbreviation(line, i))
            {
                yield return line[start..(i + 1)];
                start = i + 2;
            }
        }

        yield return line[start..];
    }

    private static bool IsAbbreviation(string line, int dot)
    {
        var wordStart = line.LastIndexOf(' ', dot - 1) + 1;
        var word = line[wordStart..dot];
        // "e.g", "i.e", "U.S" are abbreviations; "orders.status_v2" or "V90__drop.sql" before a full stop are names that end a sentence.
        var dotted = word.Contains('.', StringComparison.Ordinal) && word.Length <= 5 && word.All(c => char.IsLetter(c) || c == '.');
        return word.Length <= 2 || dotted || word is "etc" or "vs" or "approx" or "incl" or "No" or "no" or "Nr" or "ca";
    }

    private static string Flatten(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append('`').Append(code.Content).Append('`');
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
            }
        }

        // "requires PHP ~~5.6~~ 7.2": struck-out text is what the notes no longer say (Markdown's strikethrough).
        return StruckOut().Replace(text.ToString(), string.Empty);
    }

    [GeneratedRegex(@"~~[^~\n]{1,60}~~\s?", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StruckOut();
}
