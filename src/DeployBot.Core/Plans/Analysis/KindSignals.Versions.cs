using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Where the release names its version when no heading does, and the runtime versions a release stops supporting.
/// </summary>
internal static partial class KindSignals
{
    /// <summary>
    /// The lines that may name the release's version: the headings, or, when none of them holds a version number, also the
    /// opening line of the notes if it is prose, not a list item ("hotfix 2.31.4: fix the login loop", "Release 3.2.0 adds
    /// …"): notes pasted without a heading name their version there.
    /// </summary>
    public static IReadOnlyList<string> VersionLines(IReadOnlyList<string> headings, string notes)
    {
        // "CHANGES FROM 3.7b TO 3.7c": the version after "to", its letter read as the patch (KindSignals.Floors32).
        headings = [.. headings.Select(VersionOfHeader32)];
        if (headings.Any(heading => VersionNumber().IsMatch(heading)))
        {
            return headings;
        }

        var first = notes.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0);
        if (first is not null && XmlReleaseVersion(first) is { } xmlVersion)
        {
            return [xmlVersion, .. headings];
        }

        return first is not null && OpeningVersion().IsMatch(first) ? [first, .. headings] : headings;
    }

    /// <summary>
    /// A line that opens with the release's version, alone or after one word that names the release or the project
    /// ("2.31.4", "v2.14.1 patch: …", "hotfix 2.31.4: …", "Release 3.2.0 …", "Acme 4.0.0"), also after its date
    /// ("2011-03-28, Version 5.0.0"). A version further into the line is something else's ("puma 6.4.2 -> 6.4.3",
    /// "mobile >= 5.0", "deprecated since 2.0").
    /// </summary>
    [GeneratedRegex(@"^(?:\d{4}-\d{2}-\d{2},?\s+)?(?:[\w-]{1,30}\s+)?[vV]?\d{1,4}\.\d{1,3}(?:\.\d{1,4})?(?![\w.-])(?!\s*(?:->|→|=>|to\b))", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex OpeningVersion();

    /// <summary>
    /// A minor release written with its patch number (4.95.0, v1.9.0; not 0.x, where the minor is the major step, nor a
    /// two-part 11.2, which some projects number their patches with): semantic versioning sends fixes out as x.y.Z, so
    /// a minor whose sections only list fixes or a CVE is still a feature release, not a hotfix.
    /// </summary>
    public static bool IsReleasedMinor(IEnumerable<string> headings)
    {
        var match = headings.Select(heading => VersionNumber().Match(heading)).FirstOrDefault(m => m.Success);
        return match is not null && match.Groups["patch"].Success && match.Groups["patch"].Value.All(digit => digit == '0')
            && match.Groups["maj"].Value.Any(digit => digit != '0') && match.Groups["min"].Value.Any(digit => digit != '0');
    }

    /// <summary>
    /// An item that stops supporting a version of a server runtime ("Drop Python 3.8 support", "Dropped support for Ruby &lt;
    /// 3.2", "drop support for PHP7.1"), or any other platform floor (<see cref="IsEngineSupportDropped"/>). After 1.0 a
    /// library's callers choose when to move; in a 0.x minor, where semantic versioning puts the breaking changes, it is the
    /// upgrade step of that release.
    /// </summary>
    public static bool DropsRuntime(string item) => RuntimeDropped().IsMatch(item) || IsEngineSupportDropped(item) || ToolchainFloor().IsMatch(item) || ToolchainFloor30().IsMatch(item) || ToolchainFloor31().IsMatch(item);

    [GeneratedRegex($$"""
        \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\s+(?:official\s+|the\s+)?(?:support\s+(?:for\s+)?)?[`'"]?(?:{{ServerRuntime}}|{{Engine}})[`'"]?\s*(?:version\s+)?(?:<=?\s*|≤\s*)?v?\d
        """, Options, TimeoutMs)]
    private static partial Regex RuntimeDropped();

    /// <summary>
    /// Notes of a later release that still list the entries of the major it belongs to, each marked with the version that
    /// shipped it ("[v29.0.0] … changing the cluster protocol" under "Version 29.0.2"): whoever upgrades from the previous
    /// major gets that major's changes, so the release is read as the major.
    /// </summary>
    public static bool ListsOwnMajor(IEnumerable<string> headings, IEnumerable<NoteItem> items)
    {
        var match = headings.Select(heading => VersionNumber().Match(heading)).FirstOrDefault(m => m.Success);
        if (match is null || match.Groups["maj"].Value == "0" || (match.Groups["min"].Value == "0" && (!match.Groups["patch"].Success || match.Groups["patch"].Value == "0")))
        {
            return false;
        }

        var major = match.Groups["maj"].Value;
        return items.Any(item => ItemVersionTag().Match(item.Text) is { Success: true } tag && tag.Groups["maj"].Value == major);
    }

    /// <summary>An item that opens with the major release that shipped it: "🆕 [v29.0.0](…/tree/29.0.0) …", "v14.0.0: …".</summary>
    [GeneratedRegex(@"^(?:\W|\p{M})*\[?v?(?<maj>\d{1,4})\.0\.0\b(?![.\d])", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ItemVersionTag();
}
