using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>The versions the notes give: the release's own (its heading) and those of named services.</summary>
internal sealed partial record NotesFacts
{
    /// <summary>
    /// The version the notes give for a service ("checkout-api 3.14.3"); without a service, the version of the release's
    /// own heading ("## [2.0.0] - 2020-12-03", "2.0.0 - 2020-12-03" over "====="), else the only version they give. A
    /// changelog names its dependencies' versions too ("requires libwebsockets 2.4.0"), so its heading comes first.
    /// </summary>
    public static string? VersionOf(string notes, string? service)
    {
        if (service is null && HeadingVersion(notes) is { } released)
        {
            return released;
        }

        notes = Unescaped(notes);
        var versions = VersionedName().Matches(notes).Where(m => service is null || m.Groups["name"].Value == service).Select(m => m.Groups["version"].Value).Distinct().ToArray();
        if (versions.Length == 1 || (service is not null && versions.Length > 0))
        {
            return versions[^1];
        }

        // "Version 2.2.5. Not other changes.": a version the notes state as the release's, the only one they state so.
        var stated = StatedVersion().Matches(notes).Select(m => m.Groups["version"].Value).Distinct().ToArray();
        return versions.Length == 0 && stated.Length == 1 ? stated[0] : null;
    }

    /// <summary>
    /// The version of the release the notes head with, in their first line when that line is a heading (Markdown or
    /// underlined), a version line or a plain-text release header ("Changes with Apache 2.4.62"); null otherwise.
    /// </summary>
    public static string? HeadingVersion(string notes)
    {
        if (DirectiveVersion(notes) is { } directive)
        {
            return directive;
        }

        // A reStructuredText title may have a line of '=' above it as well as below.
        notes = Unescaped(notes);
        var lines = notes.Split('\n', 5, StringSplitOptions.TrimEntries);
        var first = Array.FindIndex(lines, line => line.Length > 0 && !IsUnderline(line));
        if (first < 0 || first > 2)
        {
            return null;
        }

        // "# UPGRADE FROM `1.14` TO `2.0`": code spans around a heading's versions are formatting.
        var line = DottedV().Replace(WithoutReleasePrefix(lines[first].Replace("`", string.Empty, StringComparison.Ordinal)), "v");
        // "# Since 0.13.0", "Upgrading from v2.x": the heading names the version being left, never the one to roll out.
        if (GuideHeading(line, notes) is { } guide)
        {
            return guide.Target;
        }

        var underlined = first + 1 < lines.Length && IsUnderline(lines[first + 1].Split('\n')[0]);
        // "## 0.159.0 to 0.160.0", "1.2.0 → 1.3.0": an upgrade guide's heading names the version left first; the target is the release.
        var fromTo = FromTo().Match(line);
        var match = fromTo.Success ? fromTo : ReleaseVersion().Match(line);
        var heading = line.StartsWith('#') || AsciiDocTitle().IsMatch(line) || underlined || match.Index <= 2 || Dated().IsMatch(line)
            || ReleaseAnalyzer.IsReleaseHeader(line) || NamedRelease().IsMatch(line) || (fromTo.Success && GuideTitle().IsMatch(line));
        return match.Success && heading ? WithStage(SeriesRelease(match.Groups["version"].Value, notes), line[(match.Index + match.Length)..]) : null;
    }

    /// <summary>A dated first line names the release it heads ("Changes with Unit 1.35.0      03 Sep 2025", "Release 4.2 (2025-03-01)").</summary>
    [GeneratedRegex(@"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Dated();

    /// <summary>
    /// "0.159.0 to 0.160.0", "v1.2 -> v1.3", "kubernetes-deploy 0.31.1 -> krane 1.0.0" (a renamed project): the version after
    /// "to" or the arrow, with or without the new name before it, is the one upgraded to.
    /// </summary>
    /// <remarks>An upgrade guide's section may name a series ("5.0.x to 5.1.x", "8.x.x to 9.x.x"): the series is the target.</remarks>
    [GeneratedRegex(@"(?<![\w.-])v?\d+(?:\.\d+(?:\.(?:\d+|x))?|(?:\.x){1,2})(?:-[0-9a-z.]+)?\s*(?:\bto\b|→|->|=>)\s*(?:[a-z][\w.-]*\s+)?\[?v?(?<version>\d+\.\d+(?:\.\d+)?(?:-[0-9a-z.]+)?|\d+\.\d+\.x|\d+(?:\.x){1,2})\]?(?![\w.-]|-\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FromTo();

    private static bool IsUnderline(string line) => line.Length >= 3 && line.All(c => c is '=' or '-' or '~' or '^' or '*' or '#');

    /// <summary>A release's version in its heading: "2.0.0", "[1.4.2]", "v3.1.0-rc.1", "0.45.1.0" (four parts; not a date).</summary>
    [GeneratedRegex(@"(?<![\w.-])\[?v?(?<version>\d+\.\d+(?:\.\d+){0,2}(?:-[0-9a-z.]+)?)\]?(?![\w.-]|-\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ReleaseVersion();

    [GeneratedRegex(@"(?<![\w.-])(?!(?:version|release|to|from|than|or|and|with|v|since|in|at|of|on|by|for|before|after|until|till|prior|above|below|under|over|is|was|are|were|be|been|as|like|vs|via|including|the|a|an)\s)(?<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)\s+v?(?<version>\d+\.\d+\.\d+)(?!\w|\.\w)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    /// <summary>
    /// A name followed by its version ("checkout-api 3.14.3", "pedidos-api v9.0.5", also ending a sentence); "version 0.9.0",
    /// "to 2.1.0", "since 0.13.0" and other function words ("was added in 2.8.0", "as of 1.4.0", "is 2.0.0") name nothing.
    /// </summary>
    internal static partial Regex VersionedName();

    // "Version 2.2.5." opening a sentence or line, or "we deploy version 2.2.5": the release's own. Anywhere else a version
    // is a dependency's or a platform's ("requires Node.js version 18.0.0", "deprecated since version 1.4.0").
    [GeneratedRegex(@"(?:^|(?<=[.!?;:]\s{1,3})|(?<=\b(?:deploy|deploys|deploying|ship|ships|shipping|release|releasing|roll\s+out|rolling\s+out)\s+))(?:version|versi[oó]n)\s+v?(?<version>\d+\.\d+\.\d+)(?!\w|\.\w)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StatedVersion();

    /// <summary>A service named with the version it ships ("fulfillment-worker 4.0.0 consumes …", "billing v2.1"): a new build of it goes out.</summary>
    /// <remarks>Digits, a dot and a digit: "502 errors" and "3 replicas" are not versions.</remarks>
    public static bool NamedWithVersion(string notes, string service) =>
        NameAndVersion().Matches(notes).Any(match => match.Groups["name"].Value.Equals(service, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<name>\w[\w.-]*?)\s+v?\d+\.\d", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NameAndVersion();
}
