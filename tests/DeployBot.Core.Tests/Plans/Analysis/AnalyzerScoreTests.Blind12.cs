using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// FRESH12 and TYPED3, the blind estimates of the twelfth session. The fifteenth session read FRESH12's misses, so it
/// prints its file names and misses like the other sets that are no longer blind; TYPED3 stays blind and prints totals only.
/// </summary>
public sealed partial class AnalyzerScoreTests
{
    // Both collected and labelled on 5 Dec 2026 (15:00 UTC) by sessions that never ran the analyzer or read its code, and
    // scored once with the analyzer of 376aef9; the analyzer was not changed in that session, so the figures stand.
    // FRESH12 (60 changelog excerpts, 21 projects): recall 74.0%, precision 77.0%, kind 52/60, destructive 49/60
    // (per area TP/FP/FN: schema 5/1/5, auth 25/1/4, external 11/3/7, config 21/10/0, infra 14/9/5, data 2/1/7,
    // breaking 19/4/6). TYPED3 (60 typed notes, a third author): recall 78.1%, precision 82.8%, kind 48/60, destructive
    // 56/60 (schema 8/0/1, auth 13/2/0, external 8/4/4, config 17/4/5, infra 16/1/2, data 4/1/5, breaking 16/5/6).
    // Twelve changelog sets, the same picture: the word patterns read about 74-78 / 77-79 of an unseen changelog; typed
    // notes, which the shape rules of the eleventh session were written for, read 78 / 83 unseen.
    // By the start of the fifteenth session (later rounds made without either folder) FRESH12 read 74.8/77.2, kind 52/60,
    // destructive 49/60, and TYPED3 80.0/83.2, kind 50/60, destructive 56/60.
    // Fifteenth session (5 Dec 2026, 22:50-00:35 UTC) read FRESH12's misses and wrote rules true of changelogs in general:
    // versions written with a hyphen (PostgreSQL-17.6, ruby-2.7), a raised runtime floor is breaking, support dropped under
    // "Removed" is not destructive while removed constants are, class constants are not settings, notes that say they
    // break nothing, storage prose and re-synced records as data, "can now purge" as a capability, CVEs fixed and secure
    // compares as security, image tags, federation, commits scoped to tests or CI, Terraform resource tags, a key that is
    // now another key, and a bucket the team owns as no integration. FRESH12 74.8/77.2 -> 87.8/81.6, kind 52/60,
    // destructive 49 -> 52/60 (TP/FP/FN: auth 25/1/4 -> 27/1/2, external 11/3/7 -> 15/2/3, config 21/10/0 -> 21/9/0, infra
    // 14/9/5 -> 17/9/2, data 2/1/7 -> 7/1/2, breaking 19/4/6 -> 22/3/3, schema 6/1/4 unchanged). TYPED3 (blind, totals
    // only) 80.0/83.2 -> 80.0/84.0 (external FP 4 -> 3). Every other set is unchanged, excerpt by excerpt.
    private const double Fresh12RecallFloor = 0.885;
    private const double Fresh12PrecisionFloor = 0.815;
    private const double Fresh12KindFloor = 0.88; // session 18 kind round: 52 -> 53/60
    private const int Fresh12DestructiveFloor = 52;
    private const double Typed3RecallFloor = 0.78;
    private const double Typed3PrecisionFloor = 0.88;
    private const double Typed3KindFloor = 0.88; // session 20 kind round (opening-line version): 50 -> 52/60; session 21: 53/60
    private const int Typed3DestructiveFloor = 56;

    [Theory]
    [InlineData("FRESH12")]
    [InlineData("TYPED3")]
    public void Analyze_TwelfthSessionBlindSets_ScoreAtLeastTheRecordedFloors(string set)
    {
        var (excerpts, floors, destructiveFloor) = set == "FRESH12"
            ? (LabelledExcerpt.Fresh12(), (Fresh12RecallFloor, Fresh12PrecisionFloor, Fresh12KindFloor), Fresh12DestructiveFloor)
            : (LabelledExcerpt.Typed3(), (Typed3RecallFloor, Typed3PrecisionFloor, Typed3KindFloor), Typed3DestructiveFloor);
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score(set, results, report, blind: set != "FRESH12");
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());

        output.WriteLine(report.ToString());
        Assert.Equal(60, results.Length);
        Assert.True(score.Recall >= floors.Item1 && score.Precision >= floors.Item2 && score.Kind >= floors.Item3, report.ToString());
        Assert.True(destructiveRight >= destructiveFloor, report.ToString());
    }
}
