using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>Names read from prose that are no service the release ships, and version headings in other markups.</summary>
internal sealed partial record NotesFacts
{
    /// <summary>
    /// A name cut from a sentence, not one the release ships: the end of a possessive before a version ("Grafana's 11.0.0"
    /// gives "s"), a word that introduces a version ("starting 2.3.0", "including 1.4.1", "until 5.0.0"), or an English
    /// phrase joined by hyphens ("denial-of-service", "software-as-a-service", "man-in-the-middle").
    /// </summary>
    private static bool ProseFragment(string name) => name.Length < 2 || Introducer().IsMatch(name) || Phrase().IsMatch(name);

    /// <summary>
    /// The version of a reStructuredText changelog directive that opens the notes (".. changelog::" with ":version: 2.1.1"
    /// under it), or of a field list opening them (":version: 2.1.1"); null otherwise.
    /// </summary>
    private static string? DirectiveVersion(string notes) =>
        Directive().Match(notes) is { Success: true } directive ? directive.Groups["version"].Value : null;

    /// <summary>"## release-0.16", "release-v2.3": a release branch's name heads the notes; the version is its number.</summary>
    private static string WithoutReleasePrefix(string line) => ReleasePrefix().Replace(line, "release ");

    [GeneratedRegex(@"^(?:starting|including|beginning|following|until|till|before|after|above|below|prior|past|over|under|about|around|through|like|unlike|between|via|per|than|upto|onwards?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Introducer();

    [GeneratedRegex(@"(?:^|-)(?:of|as|a|an|the|and|or|with|from|for|to)-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\A\s*(?:\.\.\s+[\w-]+::[^\n]*\n(?:[ \t]*:[\w-]+:[^\n]*\n){0,4}?)?[ \t]*:version:[ \t]*v?(?<version>\d+\.\d+(?:\.\d+)?(?:-[0-9a-z.]+)?)[ \t]*(?:\n|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Directive();

    [GeneratedRegex(@"\brelease-(?=v?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ReleasePrefix();
}
