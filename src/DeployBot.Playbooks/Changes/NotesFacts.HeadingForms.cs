using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Version headings in the markups other projects use: an AsciiDoc title ("== 2.28.0", "=== Version 2.28.0"), a
/// changelog generator's escaped Markdown ("## v5\.0\.0"), a release-name line ("Apache ActiveMQ Artemis 2.28.0",
/// "Concourse v6.0: it does things better") and an upgrade guide's series title ("Upgrading from 5.x.x to 6.x.x").
/// </summary>
internal sealed partial record NotesFacts
{
    /// <summary>Markdown escapes dropped ("v5\.0\.0" is "v5.0.0"), so a version or a name reads as written.</summary>
    private static string Unescaped(string notes) =>
        notes.Contains('\\', StringComparison.Ordinal) ? MarkdownEscape().Replace(notes, string.Empty) : notes;

    /// <summary>
    /// A series target ("9.x.x") made concrete when the body states exactly one release of that series as the one now
    /// out ("major version 9.0.0 is now available"); otherwise the series as the heading writes it.
    /// </summary>
    private static string SeriesRelease(string version, string notes)
    {
        if (!version.EndsWith(".x", StringComparison.OrdinalIgnoreCase))
        {
            return version;
        }

        var major = version[..version.IndexOf('.', StringComparison.Ordinal)];
        var stated = SeriesVersion().Matches(notes).Select(match => match.Groups["version"].Value)
            .Where(found => found.StartsWith(major + ".", StringComparison.Ordinal)).Distinct().ToArray();
        return stated.Length == 1 ? stated[0] : version;
    }

    /// <summary>"v.2.11.3 2025-05-07" (a title with a dotted "v.") is "v2.11.3".</summary>
    [GeneratedRegex(@"(?<![\w.])v\.(?=\d+\.\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DottedV();

    [GeneratedRegex(@"\\(?=[.\-_*()\[\]!#+`<>])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex MarkdownEscape();

    /// <summary>An AsciiDoc section title: "= Title", "== 2.28.0", "=== Version 2.28.0".</summary>
    [GeneratedRegex(@"^={1,6}\s+\S", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AsciiDocTitle();

    /// <summary>
    /// A release's name and version as the whole first line or before a colon or a dash: "Apache ActiveMQ Artemis 2.28.0",
    /// "Concourse v6.0: it does things better", "Acme Server 3.1 – 2024-05-01". Capitalised words only, so a sentence
    /// ("we require Node 18.0") is none.
    /// </summary>
    [GeneratedRegex(@"^(?:(?-i:[A-Z])[\w.+®-]*\s+){1,4}v?\d+\.\d+(?:\.\d+){0,2}(?:-[0-9a-z.]+)?\s*(?:$|:|\s[-–—]\s|\()", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NamedRelease();

    /// <summary>An upgrade guide's title line: "Upgrading from 5.x.x to 6.x.x", "Migrating 1.x to 2.x".</summary>
    [GeneratedRegex(@"^(?:\[[^\]]{1,20}\]\s*)?(?:upgrad(?:e|es|ing)|migrat(?:e|es|ing|ion)|moving)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex GuideTitle();

    /// <summary>"major version 9.0.0", "version 9.0.0", "9.0.0 version": a concrete release the body states.</summary>
    [GeneratedRegex(@"\bversion\s+`?v?(?<version>\d+\.\d+\.\d+)\b(?!\.\d)|\b(?<version>\d+\.\d+\.\d+)`?\s+version\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SeriesVersion();
}
