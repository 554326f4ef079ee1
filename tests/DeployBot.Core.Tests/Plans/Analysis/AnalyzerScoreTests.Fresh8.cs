using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>FRESH8 and FRESH9, the blind estimates after the eighth and ninth rounds; their misses were read afterwards.</summary>
public sealed partial class AnalyzerScoreTests
{
    // FRESH8 (blind, 90 excerpts from 29 projects, collected and labelled by a session that never ran the analyzer or read
    // its code), merged before the eighth round was measured on it and measured twice on 5 Dec 2026: before the round
    // (the analyzer of f669c54) recall 80.0%, precision 80.0%, kind 74/90, destructive 74/90; after it (made from FRESH7's
    // misses without this folder) 80.9%, 79.8%, kind 74/90, destructive 73/90 (per area recall/precision: schema 87/81,
    // auth 83/92, external 60/62, config 95/79, infra 82/87, data 50/57, breaking 81/76). The eighth round, like the
    // seventh, barely carried over (+0.9 recall, -0.2 precision): each new set brings its own words.
    // The ninth round (5 Dec 2026, 06:50-07:10 UTC) read its misses: 80.9/79.8 kind 74/90 -> 82.7/83.5 kind 75/90, destructive
    // 73 -> 75/90 (external precision 62 -> 68, breaking precision 76 -> 85, config precision 79 -> 82, auth recall 83 -> 86).
    private const double Fresh8RecallFloor = 0.84; // session 28 areas round: 83.2 -> 83.6%; session 30: 83.6 -> 84.1%
    private const double Fresh8PrecisionFloor = 0.85; // session 28 areas round: 85.1 -> 85.2%
    private const double Fresh8KindFloor = 0.885; // session 23 kind round (calendar release line): 78 -> 79/90; session 28: 79 -> 80/90

    // FRESH9 (blind, 90 excerpts from 25 projects, collected and labelled by a session that never ran the analyzer or read
    // its code), merged and measured before the ninth round (the analyzer of d240d32): recall 70.2%, precision 83.2%, kind
    // 69/90, destructive 80/90; after the round (made from FRESH8's misses without this folder): exactly the same (per
    // area recall/precision: schema 83/83, auth 74/94, external 75/75, config 72/76, infra 76/87, data 20/33, breaking
    // 62/85). The ninth round did not carry over at all. The tenth round (07:05-07:20 UTC) read its misses: 70.2/83.2 kind
    // 69/90 -> 78.0/84.2 kind 71/90 (indented plain-text entries were read as code and lost: nginx Unit, Squid; what the
    // operator now has to do is breaking: breaking recall 62 -> 77; options named in passing: config recall 72 -> 84).
    // FRESH10 (blind, 60 excerpts from 20 projects, collected like FRESH9 and merged after the tenth round): with the
    // analyzer of d240d32 (before the ninth and tenth rounds) 76.7% / 79.5%, kind 48/60, destructive 52/60; with both rounds
    // 77.6% / 78.9%, kind 48/60, destructive 52/60 (schema 60/75, auth 90/82, external 67/89, config 84/84, infra 72/72,
    // data -/0, breaking 76/81). Two rounds, +0.9 recall and -0.6 precision on the next unseen set.
    // FRESH11 (blind, 60 excerpts from 20 projects, collected like FRESH10 and merged at the start of the session of 5 Dec
    // 2026 09:00 UTC, after the tenth round; no rule was written since): 76.6% / 76.1%, kind 41/60, destructive 46/60
    // (per area TP/FP/FN: schema 3/0/0, auth 23/3/2, external 8/10/9, config 27/6/5, infra 20/3/6, data 2/1/2,
    // breaking 22/10/8). Eleven sets, the same picture: the word patterns read about 76/79 of an unseen changelog.
    // Session 18 kind round: FRESH8 75 -> 78/90, FRESH9 72 -> 79/90, FRESH10 48 -> 51/60, FRESH11 41 -> 46/60 (recall and
    // precision unchanged on every set).
    private const double Fresh11RecallFloor = 0.77;
    private const double Fresh11PrecisionFloor = 0.785;
    private const double Fresh11KindFloor = 0.85; // session 21 kind round: 46 -> 51/60
    private const double Fresh10RecallFloor = 0.775;
    private const double Fresh10PrecisionFloor = 0.81;
    private const double Fresh10KindFloor = 0.90; // session 20 kind round (opening-line version): 52 -> 53/60; session 21: 54/60
    private const double Fresh9RecallFloor = 0.795; // session 31 areas round: 79.5 -> 80.0%
    private const double Fresh9PrecisionFloor = 0.845;
    private const double Fresh9KindFloor = 0.885; // session 21 kind round: 79 -> 80/90

    /// <summary>FRESH7, FRESH8 and FRESH9: their misses were read by the eighth, ninth and tenth rounds, so they print.</summary>
    [Theory]
    [InlineData("FRESH7", false)]
    [InlineData("FRESH8", false)]
    [InlineData("FRESH9", false)]
    [InlineData("FRESH10", true)]
    [InlineData("FRESH11", true)]
    public void Analyze_LatestHeldOutExcerpts_ScoreAtLeastTheRecordedFloors(string set, bool blind)
    {
        var (excerpts, floors) = set switch
        {
            "FRESH11" => (LabelledExcerpt.Fresh11(), (Fresh11RecallFloor, Fresh11PrecisionFloor, Fresh11KindFloor)),
            "FRESH10" => (LabelledExcerpt.Fresh10(), (Fresh10RecallFloor, Fresh10PrecisionFloor, Fresh10KindFloor)),
            "FRESH9" => (LabelledExcerpt.Fresh9(), (Fresh9RecallFloor, Fresh9PrecisionFloor, Fresh9KindFloor)),
            "FRESH8" => (LabelledExcerpt.Fresh8(), (Fresh8RecallFloor, Fresh8PrecisionFloor, Fresh8KindFloor)),
            _ => (LabelledExcerpt.Fresh7(), (Fresh7RecallFloor, Fresh7PrecisionFloor, Fresh7KindFloor)),
        };
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score(set, results, report, blind);

        output.WriteLine(report.ToString());
        Assert.Equal(set is "FRESH10" or "FRESH11" ? 60 : 90, results.Length);
        Assert.True(score.Recall >= floors.Item1 && score.Precision >= floors.Item2 && score.Kind >= floors.Item3, report.ToString());
    }
}
