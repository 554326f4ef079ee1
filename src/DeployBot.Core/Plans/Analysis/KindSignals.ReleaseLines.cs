using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Version numbers that do not follow semantic versioning's major.minor.patch reading: calendar versions, whose
/// year.month names a new release line, and an engine moved only to a later point release of the same line.
/// </summary>
internal static partial class KindSignals
{
    /// <summary>
    /// A calendar-versioned release line: the first version in the headings is a two-digit year and a month ("20.10.0",
    /// "MariaDB MaxScale 23.08", "25.04"), with no patch number beyond 0. Such a project has no major number, so each new
    /// year.month is where it ships its breaking changes, the way a semantic-versioning major does; a year.month.patch
    /// (24.4.1) is a point release of that line.
    /// </summary>
    public static bool IsCalendarReleaseLine(IEnumerable<string> headings)
    {
        var match = headings.Select(heading => VersionNumber().Match(heading)).FirstOrDefault(m => m.Success);
        if (match is null || (match.Groups["patch"].Success && match.Groups["patch"].Value.Any(digit => digit != '0')))
        {
            return false;
        }

        var year = match.Groups["maj"].Value;
        var month = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        return year.Length == 2 && int.Parse(year, CultureInfo.InvariantCulture) is >= 17 and <= 35 && month is >= 1 and <= 12;
    }

    /// <summary>
    /// An engine moved only to a later point release of the version line it was on ("Upgraded etcd version from 3.5.4 to
    /// 3.5.5"): a patch update of a dependency, not the engine upgrade an operator plans like a migration. Every version
    /// move in the text has to stay on its major.minor line.
    /// </summary>
    public static bool OnlyPointReleaseMoves(string text)
    {
        var moves = VersionMove().Matches(text);
        return moves.Count > 0 && moves.All(move => move.Groups["from"].Value == move.Groups["to"].Value);
    }

    [GeneratedRegex(@"(?<![\w.])v?(?<from>\d+\.\d+)\.\d+\s*(?:→|->|=>|➜|\bto\b)\s*v?(?<to>\d+\.\d+)\.\d+(?!\w|\.\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex VersionMove();

    /// <summary>
    /// A migration from one code package to another ("migrate compression from the archived `github.com/mholt/archiver/v4`
    /// to its maintained successor", "migrate S3 storage from the deprecated `github.com/aws/aws-sdk-go-v2/feature/s3/manager`"):
    /// the release swaps a library it is built with; nothing stored is moved.
    /// </summary>
    public static bool MigratesCodePackage(string text) => CodePackageMigration().IsMatch(text);

    [GeneratedRegex(@"\bmigrat\w*\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:[\w-]+,?\s+){0,3}?`?@?[\w.-]+\.(?:com|org|io|dev|net)/[\w./@-]+", Options, TimeoutMs)]
    private static partial Regex CodePackageMigration();

    /// <summary>
    /// An item that takes away something users work with: a feature, page, command, plugin or support for something
    /// ("Remove pages using outdated AngularJS framework", "Remove ripgrep's `simd-accel` feature", "Remove loading of
    /// migrations"). Not a fix, so a patch release that ships it is not a plain hotfix. Removing code, a dependency,
    /// comments or a platform from the test matrix is upkeep and changes nothing a user sees.
    /// </summary>
    public static bool RemovesFeature(string item) => RemovedFeature().IsMatch(item) && !IsUpkeepItem(item) && !IsFixShapedChange(item, null);

    [GeneratedRegex(@"^\W*(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\s+(?![^.;\n]{0,60}?\b(?:from\s+(?:testing|tests|ci|readme|docs)|dependency|dependencies|comments?|wrappers?|code|paths?)\b)[^.;\n]{0,60}?\b(?:pages?|features?|commands?|subcommands?|plugins?|screens?|views?|loading|support\s+for|integrations?)\b", Options, TimeoutMs)]
    private static partial Regex RemovedFeature();
}
