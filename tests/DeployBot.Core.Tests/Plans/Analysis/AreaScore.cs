using System.Globalization;
using DeployBot.Core.Plans;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// How well a reader (the word patterns, or the model path) finds the hand-labelled risk areas of real excerpts: per area
/// and micro-averaged over the seven areas, as README "Release analysis" reports it. Shared by Core.Tests'
/// <c>AnalyzerScoreTests</c> and Planning.Tests' <c>ModelReadingScoreTests</c> (linked there), so both score alike.
/// </summary>
internal static class AreaScore
{
    /// <summary>One area's counts and the excerpts it was missed in or found in without a label.</summary>
    public sealed record Area(RiskArea Name, int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra)
    {
        public string Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

        public string Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    }

    /// <summary>Scores each excerpt's <c>Found</c> areas against its labels.</summary>
    public static (IReadOnlyList<Area> Areas, double Recall, double Precision) Of(IEnumerable<(LabelledExcerpt Excerpt, IReadOnlyCollection<RiskArea> Found)> results)
    {
        var scored = results.ToArray();
        var areas = Enum.GetValues<RiskArea>().Select(area => new Area(
            area,
            scored.Count(r => r.Excerpt.Risks.Contains(area) && r.Found.Contains(area)),
            scored.Count(r => !r.Excerpt.Risks.Contains(area) && r.Found.Contains(area)),
            scored.Count(r => r.Excerpt.Risks.Contains(area) && !r.Found.Contains(area)),
            [.. scored.Where(r => r.Excerpt.Risks.Contains(area) && !r.Found.Contains(area)).Select(r => r.Excerpt.Name)],
            [.. scored.Where(r => !r.Excerpt.Risks.Contains(area) && r.Found.Contains(area)).Select(r => r.Excerpt.Name)])).ToArray();
        var (tp, fp, fn) = (areas.Sum(a => a.TruePositives), areas.Sum(a => a.FalsePositives), areas.Sum(a => a.FalseNegatives));
        return (areas, tp / (double)Math.Max(1, tp + fn), tp / (double)Math.Max(1, tp + fp));
    }

    public static string Ratio(int part, int whole) => whole == 0 ? "  n/a" : (part / (double)whole).ToString("P0", CultureInfo.InvariantCulture).PadLeft(5);
}
