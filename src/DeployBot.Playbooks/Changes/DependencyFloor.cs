using System.Globalization;
using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Items that raise the minimum version of something the release is built or run with, outside the platforms
/// <see cref="PlatformFloor"/> names ("if building with njs, version 0.9.0 or later is now required", "requires
/// libfoo 2.1 or newer"): a precondition to confirm before starting, not something the operator does after the rollout.
/// Pointed at by the item's line in the notes, with the version it gives, so no free text reaches the plan.
/// </summary>
internal static partial class DependencyFloor
{
    /// <summary>The required version the item states ("0.9.0 or later"), or null when it states none.</summary>
    public static string? RequiredVersion(string item) =>
        ReleaseAnalyzer.RaisesPlatformFloor(item) || PlatformFloor.Raises(item) ? null : Required().Match(item) is { Success: true } match ? match.Groups["v"].Value : null;

    /// <summary>Each such item's line in the notes (when it can be found) and the version it requires, in the notes' order.</summary>
    public static IReadOnlyList<(int? Line, string Version)> Of(ReleaseAnalysis analysis, string notes) =>
        [.. analysis.Items.Where(item => !item.Fix).Select(item => (item, version: RequiredVersion(item.Text)))
            .Where(found => found.version is not null)
            .Select(found => (OperatorActions.LineOf(notes, found.item.Text), found.version!))
            .Take(4)];

    /// <summary>"line 7 of the notes (0.9.0 or later)", "the notes (2.1 or later)".</summary>
    public static string Describe(IReadOnlyList<(int? Line, string Version)> floors) =>
        string.Join("; ", floors.Select(floor => floor.Line is { } line
            ? $"line {line.ToString(CultureInfo.InvariantCulture)} of the notes ({floor.Version} or later)"
            : $"the notes ({floor.Version} or later)"));

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?:\bversion\s+|(?<![\w.])v)?(?<v>\d{1,4}(?:\.\d{1,4}){1,3})(?![\w.]*\w)\s*(?:or|and)\s+(?:later|newer|higher|above|up)\b
        (?=[^.;\n]{0,30}?\b(?:is|are)\s+(?:now\s+)?(?:required|needed)\b)
        | \b(?:requires?|required|needs)\s+(?:[\w.+-]+\s+){1,3}?v?(?<v>\d{1,4}(?:\.\d{1,4}){1,3})\s*(?:or|and)\s+(?:later|newer|higher|above)\b
        | \b(?:minimum|min\.?)\s+(?:required\s+)?version\s+(?:of\s+)?(?:[\w.+-]+\s+){0,2}?(?:is\s+(?:now\s+)?)?v?(?<v>\d{1,4}(?:\.\d{1,4}){1,3})\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Required();
}
