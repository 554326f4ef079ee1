using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>FRESH19, the blind estimate of the twenty-first session; read by the twenty-second session's areas round, so it prints file names.</summary>
public sealed partial class AnalyzerScoreTests
{
    // Collected and labelled on 6 Dec 2026 (15:33-15:39 UTC, fixtures committed in e31197f before anything was built) by a
    // session that never ran the analyzer or read its code, and scored once with the analyzer of 570be5f (main when the 21st
    // session's helper branch was created): recall 81.4%, precision 84.5%, kind 45/60, destructive 50/60 (per area TP/FP/FN:
    // schema 8/3/4, auth 26/5/3, external 15/2/9, config 32/5/0, infra 32/1/7, data 1/5/2, breaking 22/4/6). The nineteenth
    // blind changelog set (DNS servers, a secret manager, a workflow engine, search, backup tools, forums/CMS/issue tracker
    // with migrations, a container runtime, a Terraform module and provider, an email SDK, a web framework): external is the
    // most under-found area (9 of 24 missed), data the least precise (5 false positives for 3 labels), and kind (45/60) and
    // destructive (50/60) are the weakest figures. The floors are these figures rounded down.
    // The 21st session's areas round (FRESH18: 80.6/84.7 -> 85.5/90.4) and kind round (FRESH18 kind 47 -> 49/60 with both), which
    // never read this set, left it exactly where it was: 81.4/84.5, kind 45/60, destructive 50/60.
    // Session 22's areas round read its labels and misses (no longer blind; FRESH20, collected apart, is the outside
    // estimate) and kept only the forms that fixed more than they broke over all sets and helped more than one file: an
    // importer named after a service and a monitoring or notification hook are integrations, a bug's symptom that "no
    // longer" shows is not breaking, a Terraform provider held to a version is infrastructure. Recall 81.4 -> 84.4%,
    // precision 84.5 -> 85.5%, kind 45/60 and destructive 50/60 unchanged (TP/FP/FN external 15/2/9 -> 19/2/5, infra
    // 32/1/7 -> 33/1/6, breaking 22/4/6 -> 22/3/6; schema, auth, config and data unchanged). Floors raised, rounded down.
    private const double Fresh19RecallFloor = 0.845; // session 31 areas round: 84.4 -> 85.0%
    private const double Fresh19PrecisionFloor = 0.85;
    private const double Fresh19KindFloor = 0.895; // session 22 kind round (read as its training set): 45 -> 47/60; session 23 kind round: 47 -> 54/60
    private const int Fresh19DestructiveFloor = 50;

    [Fact]
    public void Analyze_TwentyFirstSessionBlindSet_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.Fresh19();
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score("FRESH19", results, report);
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());
        report.AppendLine($"FRESH19 destructive right {destructiveRight}/{results.Length}");

        output.WriteLine(report.ToString());
        Assert.Equal(60, results.Length);
        Assert.True(score.Recall >= Fresh19RecallFloor && score.Precision >= Fresh19PrecisionFloor && score.Kind >= Fresh19KindFloor, report.ToString());
        Assert.True(destructiveRight >= Fresh19DestructiveFloor, report.ToString());
    }
}
