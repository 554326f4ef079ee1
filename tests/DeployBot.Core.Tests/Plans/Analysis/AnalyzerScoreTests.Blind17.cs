using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// FRESH15, the blind estimate of the seventeenth session. The eighteenth session reads its misses, so it prints its file
/// names, misses and wrong destructive calls like the other sets that are no longer blind.
/// </summary>
public sealed partial class AnalyzerScoreTests
{
    // Collected and labelled on 6 Dec 2026 (04:12-04:19 UTC, fixtures committed in 49411bf before anything was built) by a
    // session that never ran the analyzer or read its code, and scored once with the analyzer of 7ee50ac (main when the 17th
    // session started): recall 82.2%, precision 80.4%, kind 54/60, destructive 50/60 (per area TP/FP/FN: schema 6/1/2,
    // auth 30/1/5, external 9/3/8, config 22/11/0, infra 18/4/6, data 1/1/2, breaking 25/6/1). The fifteenth blind
    // changelog set; config is over-reported (11 extra) and external under-found (8 missed), as on earlier blind sets.
    // Eighteenth session (6 Dec 2026, 07:00-08:55 UTC) read its misses and wrote rules of notes in general: payment rails,
    // OAuth accounts and a vendor's client class are integrations; camelCase parameters and an option passed to a function are
    // a caller's arguments, not configuration; the project's test runner is not deployed. FRESH15 82.2/80.4 -> 83.7/82.5,
    // kind 54/60, destructive 50/60 (TP/FP/FN: external 9/3/8 -> 11/3/6, config 22/11/0 -> 22/8/0; other areas unchanged).
    private const double Fresh15RecallFloor = 0.84; // session 31 areas round: 83.7 -> 84.4%
    private const double Fresh15PrecisionFloor = 0.835; // session 23 areas round: 82.5 -> 83.1%; session 31: 83.8%
    private const double Fresh15KindFloor = 0.95; // session 18 kind round (FRESH15 misses read): 54 -> 57/60
    private const int Fresh15DestructiveFloor = 53; // session 29 areas round: 52 -> 53/60

    [Fact]
    public void Analyze_SeventeenthSessionBlindSet_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.Fresh15();
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score("FRESH15", results, report);
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());
        report.AppendLine($"FRESH15 destructive right {destructiveRight}/{results.Length}");
        foreach (var wrong in results.Where(r => r.Excerpt.Destructive != r.Analysis.Destructive.Any()))
        {
            report.AppendLine($"destructive {wrong.Excerpt.Name}: labelled {wrong.Excerpt.Destructive}, found {string.Join(" | ", wrong.Analysis.Destructive)}");
        }

        output.WriteLine(report.ToString());
        Assert.Equal(60, results.Length);
        Assert.True(score.Recall >= Fresh15RecallFloor && score.Precision >= Fresh15PrecisionFloor && score.Kind >= Fresh15KindFloor, report.ToString());
        Assert.True(destructiveRight >= Fresh15DestructiveFloor, report.ToString());
    }
}
