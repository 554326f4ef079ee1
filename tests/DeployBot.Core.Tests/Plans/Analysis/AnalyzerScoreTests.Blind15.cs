using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>FRESH13, the blind estimate of the fifteenth session: nothing was changed for it, so it prints no file names.</summary>
public sealed partial class AnalyzerScoreTests
{
    // Collected and labelled on 5 Dec 2026 (22:50-23:00 UTC) by a session that never ran the analyzer or read its code, and
    // scored once with the analyzer of 1e367a5 (the 14th session's): recall 76.9%, precision 79.0%, kind 50/60, destructive
    // 53/60 (per area TP/FP/FN: schema 1/0/2, auth 27/8/7, external 14/6/5, config 22/9/2, infra 21/4/11, data 1/1/2,
    // breaking 27/2/5). The thirteenth blind changelog set, the same picture as the twelve before it.
    private const double Fresh13RecallFloor = 0.765;
    private const double Fresh13PrecisionFloor = 0.785;
    private const double Fresh13KindFloor = 0.83;
    private const int Fresh13DestructiveFloor = 53;

    [Fact]
    public void Analyze_FifteenthSessionBlindSet_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.Fresh13();
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score("FRESH13", results, report, blind: true);
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());
        report.AppendLine($"FRESH13 destructive right {destructiveRight}/{results.Length}");

        output.WriteLine(report.ToString());
        Assert.Equal(60, results.Length);
        Assert.True(score.Recall >= Fresh13RecallFloor && score.Precision >= Fresh13PrecisionFloor && score.Kind >= Fresh13KindFloor, report.ToString());
        Assert.True(destructiveRight >= Fresh13DestructiveFloor, report.ToString());
    }
}
