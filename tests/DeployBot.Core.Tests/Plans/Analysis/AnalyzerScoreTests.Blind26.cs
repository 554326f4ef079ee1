using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>FRESH24, the blind estimate of the twenty-sixth session: nothing was changed for it, so it prints no file names.</summary>
public sealed partial class AnalyzerScoreTests
{
    // Collected and labelled on 7 Dec 2026 (05:56-06:06 UTC, fixtures committed in e1cb507 at 06:06:44 UTC before anything was
    // built) by a session that never ran the analyzer or read its code, and scored once at 06:26 UTC with the analyzer of
    // 007d832 (main when the 26th session's helper branch was created; nothing under src/ changed): recall 78.1% (121/155),
    // precision 88.3% (121/137), kind 48/60, destructive 49/60 (per area TP/FP/FN: schema 8/2/1, auth 21/1/4,
    // external 9/3/6, config 17/5/6, infra 35/3/6, data 1/0/8, breaking 30/2/3). The twenty-fourth blind changelog set
    // (PowerDNS and Icinga DB upgrade notes, a PostgreSQL job queue, PrivateBin and Radicale, a CSI driver and three
    // Kubernetes chart/manifest projects, a Terraform provider and module, HTTP and OAuth client libraries, an ORM, a payment
    // SDK, Git LFS and Packer): data is again the weakest area (1 of 9 found), external finds 9 of 15, config misses 6 and
    // has 5 false alarms; schema finds 8 of 9. The floors are these figures rounded down.
    private const double Fresh24RecallFloor = 0.78;
    private const double Fresh24PrecisionFloor = 0.88;
    private const double Fresh24KindFloor = 0.80;
    private const int Fresh24DestructiveFloor = 49;

    [Fact]
    public void Analyze_TwentySixthSessionBlindSet_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.Fresh24();
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score("FRESH24", results, report, blind: true);
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());
        report.AppendLine($"FRESH24 destructive right {destructiveRight}/{results.Length}");

        output.WriteLine(report.ToString());
        Assert.Equal(60, results.Length);
        Assert.True(score.Recall >= Fresh24RecallFloor && score.Precision >= Fresh24PrecisionFloor && score.Kind >= Fresh24KindFloor, report.ToString());
        Assert.True(destructiveRight >= Fresh24DestructiveFloor, report.ToString());
    }
}
