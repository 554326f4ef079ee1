using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>FRESH16, the blind estimate of the eighteenth session; read by the nineteenth session's analyzer round. It still prints no file names.</summary>
public sealed partial class AnalyzerScoreTests
{
    // Collected and labelled on 6 Dec 2026 (07:01-07:11 UTC, fixtures committed in 939eeff before anything was built) by a
    // session that never ran the analyzer or read its code, and scored once with the analyzer of f3fc204 (main when the 18th
    // session started): recall 80.6%, precision 79.4%, kind 48/60, destructive 52/60 (per area TP/FP/FN: schema 2/0/4,
    // auth 24/3/5, external 10/7/3, config 19/10/3, infra 27/4/6, data 2/3/1, breaking 28/2/5). The sixteenth blind
    // changelog set; config (10 extra) and external (7 extra) are over-reported, schema under-found (4 of 6 missed), and
    // kind (48/60) is the weakest figure.
    // After the session's rounds (analyzer and kind helpers, who never saw this set): 80.6/79.4, kind 50/60. The lead then read
    // the plans of eight of its excerpts (not its labels or misses) and fixed two general rules they showed (a SETTING_NAME
    // followed by a file extension is a document; three more wordings of a raised platform floor): 80.6/80.6, kind 52/60,
    // destructive 52/60. No longer blind for plan wording; its labels and misses are still unread.
    // Session 19's analyzer round read its labels and misses (no longer blind; FRESH17 is the outside estimate) and fixed
    // general rules: SQL's DDL words, squashed migrations, GitHub milestones, a code surface removed, status-code constants,
    // a bumped minimum runtime version, syntax tokens: 84.2/84.8, kind 54/60, destructive 56/60.
    // Session 19's kind round (an engine that "requires" the change is no floor, an upgrade that cannot be rolled back, a
    // major or 0.x minor that walks through migration steps): kind 58/60, every other set unchanged.
    // Session 21's areas round (a message broker such as NATS is infrastructure): 84.2/84.8 -> 84.9/84.9 (infra FN 6 -> 5).
    private const double Fresh16RecallFloor = 0.845;
    private const double Fresh16PrecisionFloor = 0.845;
    private const double Fresh16KindFloor = 1.0; // session 20 kind round (version on a heading-less opening line): 58 -> 60/60
    private const int Fresh16DestructiveFloor = 56;

    [Fact]
    public void Analyze_EighteenthSessionBlindSet_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.Fresh16();
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score("FRESH16", results, report, blind: true);
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());
        report.AppendLine($"FRESH16 destructive right {destructiveRight}/{results.Length}");

        output.WriteLine(report.ToString());
        Assert.Equal(60, results.Length);
        Assert.True(score.Recall >= Fresh16RecallFloor && score.Precision >= Fresh16PrecisionFloor && score.Kind >= Fresh16KindFloor, report.ToString());
        Assert.True(destructiveRight >= Fresh16DestructiveFloor, report.ToString());
    }
}
