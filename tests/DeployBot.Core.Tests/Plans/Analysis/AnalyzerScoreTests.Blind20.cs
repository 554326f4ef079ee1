using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>FRESH18, the blind estimate of the twentieth session; read by the twenty-first session's kind round, so it prints file names.</summary>
public sealed partial class AnalyzerScoreTests
{
    // Collected and labelled on 6 Dec 2026 (12:40-12:48 UTC, fixtures committed in 15f397c before anything was built) by a
    // session that never ran the analyzer or read its code, and scored once with the analyzer of b1e7175 (main when the 20th
    // session's helper branch was created): recall 80.6%, precision 84.7%, kind 46/60, destructive 53/60 (per area TP/FP/FN:
    // schema 9/2/5, auth 25/1/3, external 12/8/4, config 31/6/3, infra 26/2/11, data 3/3/2, breaking 27/2/4). The eighteenth
    // blind changelog set (identity, queues, CI runners, mesh, object storage, feature flags, mail, ORM, payments,
    // observability, operators, CLIs): infra is the most under-found area (11 of 37 missed), external the least precise
    // (8 false positives), and kind (46/60) stays the weakest figure. The floors are these figures rounded down.
    // The 20th session's areas and kind rounds (which never read it) left risk areas and destructive where they were and
    // took kind 46 -> 47/60 (a version on the opening line, a 0.x minor dropping a runtime, "Remove Erlang 24").
    // Session 21's areas round read its labels and misses (no longer blind; FRESH19 is the outside estimate; a scratch
    // diagnostic, not committed, printed them) and wrote general rules: an invitation to the community, a vendor's CLI or
    // Dependabot group, a provider on the host itself are no integration; a collector's component named after a vendor is
    // one; message brokers, container registries, a runtime's go.mod directive or a rewrite in another runtime, drains,
    // rollouts and spot instances are infrastructure; a sentence telling only how the old code would behave is neither
    // destructive nor breaking. Recall 80.6 -> 85.5%, precision 84.7 -> 90.4%, kind 47 -> 48/60, destructive 53 -> 54/60
    // (TP/FP/FN external 12/8/4 -> 13/2/3, infra 26/2/11 -> 33/2/4, data 3/3/2 -> 3/2/2, breaking 27/2/4 -> 27/0/4; schema,
    // auth and config unchanged). Its kind round, separately, took kind 47 -> 48/60 (a minor written with its patch number that
    // only fixes is normal; a bracketed component prefix is a feature; an item closing a security hole is the fix itself).
    // Both rounds merged: kind 49/60. Floors raised to these, rounded down.
    private const double Fresh18RecallFloor = 0.86; // session 28 areas round (a toolchain "is upgraded to"): 85.5 -> 86.1%
    private const double Fresh18PrecisionFloor = 0.90;
    private const double Fresh18KindFloor = 0.83; // session 22 kind round (a data migration under a fix heading is no large migration): 49 -> 50/60
    private const int Fresh18DestructiveFloor = 54;

    [Fact]
    public void Analyze_TwentiethSessionBlindSet_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.Fresh18();
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score("FRESH18", results, report);
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());
        report.AppendLine($"FRESH18 destructive right {destructiveRight}/{results.Length}");

        output.WriteLine(report.ToString());
        Assert.Equal(60, results.Length);
        Assert.True(score.Recall >= Fresh18RecallFloor && score.Precision >= Fresh18PrecisionFloor && score.Kind >= Fresh18KindFloor, report.ToString());
        Assert.True(destructiveRight >= Fresh18DestructiveFloor, report.ToString());
    }
}
