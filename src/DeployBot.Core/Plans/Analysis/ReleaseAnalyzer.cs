using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Finds risk areas in release notes and classifies the release, with curated, word-bounded, case-insensitive term
/// lists per area (<see cref="RiskPatterns"/>). Notes are data: nothing in them is interpreted beyond matching terms.
/// </summary>
/// <remarks>
/// Kind precedence: <see cref="ReleaseKind.Migration"/> (schema and data changes together, or explicit large-migration
/// terms such as a cutover or a rewritten storage layer) over <see cref="ReleaseKind.Hotfix"/> (hotfix, urgent or
/// emergency fix, patch/bugfix/security release) over <see cref="ReleaseKind.Normal"/>.
/// </remarks>
public static class ReleaseAnalyzer
{
    private static readonly (RiskArea Area, Func<Regex> Pattern)[] Areas =
    [
        (RiskArea.Schema, RiskPatterns.Schema),
        (RiskArea.Auth, RiskPatterns.Auth),
        (RiskArea.External, RiskPatterns.External),
        (RiskArea.Config, RiskPatterns.Config),
        (RiskArea.Infra, RiskPatterns.Infra),
        (RiskArea.Data, RiskPatterns.Data),
        (RiskArea.Breaking, RiskPatterns.Breaking),
    ];

    public static ReleaseAnalysis Analyze(string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes))
        {
            return ReleaseAnalysis.Empty;
        }

        var risks = Areas.Where(area => Matches(area.Area, area.Pattern(), notes)).Select(area => area.Area).ToArray();
        return new ReleaseAnalysis(Classify(notes, risks), risks);
    }

    /// <summary>The terms that made an area match, for tests and diagnostics (never spliced into plans).</summary>
    internal static IReadOnlyList<string> Evidence(string notes, RiskArea area)
    {
        var pattern = Areas.Single(candidate => candidate.Area == area).Pattern();
        var found = pattern.Matches(notes).Select(match => match.Value.Trim());
        if (area == RiskArea.Config)
        {
            found = found.Concat(RiskPatterns.SettingName().Matches(notes).Select(match => match.Value));
        }

        return found.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    private static bool Matches(RiskArea area, Regex pattern, string notes) =>
        pattern.IsMatch(notes) || (area == RiskArea.Config && RiskPatterns.SettingName().IsMatch(notes));

    private static ReleaseKind Classify(string notes, IReadOnlyList<RiskArea> risks)
    {
        var schemaAndData = risks.Contains(RiskArea.Schema) && risks.Contains(RiskArea.Data);
        if (schemaAndData || RiskPatterns.LargeMigration().IsMatch(notes))
        {
            return ReleaseKind.Migration;
        }

        return RiskPatterns.Hotfix().IsMatch(notes) ? ReleaseKind.Hotfix : ReleaseKind.Normal;
    }
}
