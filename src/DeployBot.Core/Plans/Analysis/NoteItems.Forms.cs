using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>The line forms <see cref="NoteItems"/> recognises: headings without markup, wrapped lines, template placeholders, plain-text entries.</summary>
internal static partial class NoteItems
{
    /// <summary>An RDoc or AsciiDoc heading: one to six "=" and a title on the same line ("=== 5.95.1 (2025-08-05)").</summary>
    [GeneratedRegex(@"^\s*={1,6}[ \t]+(?<title>[^=\s][^\n]{0,118}?)[ \t]*=*\s*$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex EqualsHeading();

    /// <summary>
    /// A line that stops on a word no sentence ends with (an article, preposition or conjunction: "… in the", "… and"):
    /// whatever the next line starts with, it goes on ("You can change it in the\nSDK configuration.").
    /// </summary>
    [GeneratedRegex(@"\s(?:the|a|an|of|to|in|into|for|with|by|on|at|from|and|or|nor|but|than|as|via|when|if|that|which|is|are|be)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OpenEnded();

    /// <summary>
    /// What a changelog template writes under an empty section ("* *Nothing*", "- None", "N/A", "No changes."): it lists
    /// nothing, so it is no item (an "Added" section holding only "Nothing" adds nothing).
    /// </summary>
    [GeneratedRegex(@"^\W*(?:nothing|none|n/?a|no\s+(?:changes?|items?|entries|notable\s+changes?))\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Placeholder();

    /// <summary>
    /// A section's name written as a plain line or a list item ("Breaking changes", "- Breaking Changes, Major"): when a
    /// placeholder ("- None") stands right under it, the section is empty and the name is no item either.
    /// </summary>
    [GeneratedRegex(@"^\W*[A-Za-z]+(?:[ \t,&/]+[A-Za-z]+){0,3}\W*$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BareLabel();

    /// <summary>An indented block whose first line is an entry: "*) Feature: …", "- Fix …", "* …", "+ …", "• …".</summary>
    [GeneratedRegex(@"\A\s*(?:\*\)|[-*+•])\s+\S", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex IndentedEntry();

    /// <summary>
    /// An indented block that opens with a sentence ("    NHibernate now targets .Net 4.6.1."): plain-text release notes
    /// indent their paragraphs under a heading, which Markdown reads as code. Code opens with a command, a keyword or a symbol.
    /// </summary>
    [GeneratedRegex(@"\A\s*[A-Z][\w.-]*(?:[ \t]+[a-z][\w'-]*){2,}[^\n]*\.(?:\s|\z)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex IndentedProse();

    /// <summary>The "*)" that opens an entry of nginx's and Apache's plain-text CHANGES files.</summary>
    [GeneratedRegex(@"^\*\)\s*", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex EntryMarker();

    /// <summary>A version and a date alone on a line: "1.6.1  2026-01-06T18:07:23Z", "v2.3.0 (2024-05-01)", "0.9 - 2023-11-30".</summary>
    [GeneratedRegex(@"^\s*v?\d+(?:\.\d+){1,3}\s+(?:[-–]\s+)?\(?\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?\)?\s*$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex VersionDateLine();

    /// <summary>
    /// The plain-text header of one release in the nginx and Apache httpd family and its kin ("Changes with Apache
    /// 2.4.62", "Changes with nginx 1.27.3    26 Nov 2024", "Version 3.1.2 (2025-04-01)"): a line holding
    /// only the release's name, version and date, with no heading markup.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:changes|changelog|news|what'?s\s+new)\s+(?:with|in|for)\s+(?:[\w.+/-]+\s+){0,3}?|version\s+)v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?[ \t]*(?:[-–(,][ \t]*)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})?\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ReleaseHeaderLine();

    /// <summary>A line that heads one release without heading markup (<see cref="VersionDateLine"/>, <see cref="ReleaseHeaderLine"/>).</summary>
    internal static bool IsReleaseHeader(string line) => VersionDateLine().IsMatch(line) || ReleaseHeaderLine().IsMatch(line) || KindSignals.IsReleaseHeader32(line);
}
