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
/// <remarks>
/// The excerpts are split deterministically by their place in the ordinal sort of file names: TUNE (even index) is
/// the half whose misses may be read when changing the term lists, HOLDOUT (odd index) is only measured, so a change
/// that only fits the examples it was made from shows up as a TUNE gain without a HOLDOUT gain. FRESH
/// (Fixtures/Fresh) comes from other projects and was labelled before the analyzer ever ran on it; its totals were the
/// outside estimate for the first round, and its misses were read in the second. FRESH2 (Fixtures/Fresh2) comes from
/// twelve further projects, was labelled and committed before the second round changed anything, and only its totals
/// are looked at. FRESH3 (Fixtures/Fresh3) comes from ten more projects, was labelled and committed before the third round
/// changed anything, and was printed without file names while it was the estimate; the fourth round tuned on all four
/// sets, so its misses are printed too and none of them is an outside estimate any more. FRESH4 (Fixtures/Fresh4) was
/// blind through the fourth round; the fifth round printed its misses too. FRESH5 (Fixtures/Fresh5) was blind through
/// the fifth round; the sixth round printed and read its misses, and its outside estimate is a sixth blind set collected
/// from other projects outside the repository. FRESH6 (Fixtures/Fresh6) was blind through the sixth round; the seventh
/// round printed and read its misses, and its outside estimate is a seventh blind set collected from other projects
/// outside the repository.
/// </remarks>
public sealed partial class AnalyzerScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_LabelledRealExcerpts_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.All();
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();

        var report = new StringBuilder($"{excerpts.Count} excerpts from {excerpts.Select(e => e.Source.Split(' ')[0]).Distinct().Count()} projects\n");
        var all = Score("ALL", results, report);
        Score("TUNE", results.Where((_, index) => index % 2 == 0).ToArray(), report);
        Score("HOLDOUT", results.Where((_, index) => index % 2 == 1).ToArray(), report);
        var fresh = LabelledExcerpt.Fresh().Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var freshScore = Score("FRESH", fresh, report);
        var fresh2 = LabelledExcerpt.Fresh2().Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var fresh2Score = Score("FRESH2", fresh2, report);
        var fresh3 = LabelledExcerpt.Fresh3().Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var fresh3Score = Score("FRESH3", fresh3, report);

        var fresh4 = LabelledExcerpt.Fresh4().Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        // FRESH4 is no longer blind: the fifth round read its misses.
        var fresh4Score = Score("FRESH4", fresh4, report);
        var fresh5 = LabelledExcerpt.Fresh5().Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        // FRESH5 is no longer blind: the sixth round read its misses.
        var fresh5Score = Score("FRESH5", fresh5, report);
        var fresh6 = LabelledExcerpt.Fresh6().Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        // FRESH6 is no longer blind: the seventh round read its misses.
        var fresh6Score = Score("FRESH6", fresh6, report);
        Assert.True(fresh6Score.Recall >= Fresh6RecallFloor && fresh6Score.Precision >= Fresh6PrecisionFloor && fresh6Score.Kind >= Fresh6KindFloor, report.ToString());
        Assert.True(fresh5Score.Recall >= Fresh5RecallFloor && fresh5Score.Precision >= Fresh5PrecisionFloor && fresh5Score.Kind >= Fresh5KindFloor, report.ToString());
        Assert.True(fresh4Score.Recall >= Fresh4RecallFloor && fresh4Score.Precision >= Fresh4PrecisionFloor && fresh4Score.Kind >= Fresh4KindFloor, report.ToString());

        output.WriteLine(report.ToString());
        Assert.True(all.Recall >= RecallFloor && all.Precision >= PrecisionFloor && all.Kind >= KindFloor, report.ToString());
        Assert.True(freshScore.Recall >= FreshRecallFloor && freshScore.Precision >= FreshPrecisionFloor && freshScore.Kind >= FreshKindFloor, report.ToString());
        Assert.True(fresh2Score.Recall >= Fresh2RecallFloor && fresh2Score.Precision >= Fresh2PrecisionFloor && fresh2Score.Kind >= Fresh2KindFloor, report.ToString());
        Assert.True(fresh3Score.Recall >= Fresh3RecallFloor && fresh3Score.Precision >= Fresh3PrecisionFloor && fresh3Score.Kind >= Fresh3KindFloor, report.ToString());
    }

    // Measured (fourth round, per-release context): ALL recall 90.3%, precision 85.7%, kind 107/111; FRESH recall 85.9%,
    // precision 90.4%, kind 44/47; FRESH2 recall 83.5%, precision 87.4%, kind 38/42; FRESH3 recall 90.8%, precision 90.8%,
    // kind 26/30 (third round: ALL 89.6/85.3, FRESH 82.8/90.1, FRESH2 81.3/86.0, FRESH3 87.4/82.6, same kinds).
    // Reading reStructuredText changelogs (PyJWT, django-oauth-toolkit) then gave FRESH2 87.9/86.0, FRESH 90.9/90.9,
    // FRESH4 66.9/84.5 (kind 37/53).
    // Fifth round (principles, not vocabulary: schema words only in a database context, the forms of breaking changes,
    // vendor client libraries, options of a code API are not configuration, patch releases that add something, manual
    // upgrade steps and server-runtime floors): ALL 90.3/86.7 kind 107/111, FRESH 91.9/91.9 kind 46/47, FRESH2 90.1/88.2
    // kind 40/42, FRESH3 90.8/90.8 kind 28/30, FRESH4 72.3/87.0 kind 46/53.
    // Sixth round (FRESH5's misses read; principles: links and the project's own name are not prose, data rewrites told in
    // prose, server-runtime floors, capital names that are permissions or tables, breaking forms, plain-text version lines):
    // ALL 90.3/86.7 kind 107 -> 90.3/86.7 kind 107/111; FRESH 91.9/91.9 kind 46 -> 91.9/92.9 kind 46/47; FRESH2 and FRESH3
    // unchanged (90.1/88.2 kind 40/42, 90.8/90.8 kind 28/30); FRESH4 72.3/87.0 kind 46 -> 74.6/87.4 kind 46/53.
    // Seventh round (FRESH6's misses read; principles: whose changelog it is from the repository its links point to, runtime
    // and dependency floors, configuration said to be unchanged, the new behaviour contrasted with the old, RDoc headings):
    // ALL 90.3/86.7 -> 90.7/87.0 kind 107/111; FRESH 91.9/92.9 -> 93.9/93.0 kind 46/47; FRESH2 90.1/88.2 -> 91.2/88.3 kind
    // 40/42; FRESH3 unchanged (90.8/90.8 kind 28/30); FRESH4 74.6/87.4 -> 76.2/87.6 kind 46/53.
    private const double RecallFloor = 0.905;
    private const double PrecisionFloor = 0.868;
    private const double KindFloor = 0.97; // session 23 kind round (a patch removing a feature): 107 -> 108/111
    private const double FreshRecallFloor = 0.935;
    private const double FreshPrecisionFloor = 0.928;
    private const double FreshKindFloor = 0.97;
    private const double Fresh2RecallFloor = 0.92;
    private const double Fresh2PrecisionFloor = 0.91; // session 28 areas round (docs links and protocol sessions are no auth): 89.4 -> 91.3%
    private const double Fresh2KindFloor = 0.975;
    private const double Fresh3RecallFloor = 0.915;
    private const double Fresh3PrecisionFloor = 0.905;
    private const double Fresh3KindFloor = 0.93;
    // FRESH4 (53 excerpts from 16 projects, collected and labelled by another engineer who never ran the analyzer): blind
    // before the fourth round (65.4/84.2, kind 36/53) and after it (65.4/85.0, 36/53); the fifth round read its misses.
    // Session 21's areas round (message brokers as infrastructure): 76.2/89.2 -> 77.7/89.4 (infra FN 9 -> 7).
    // Session 22's areas round (a bug's symptom that "no longer" shows is not breaking): 77.7/89.4 -> 77.7/90.2 (breaking FP 3 -> 2).
    private const double Fresh4RecallFloor = 0.775;
    private const double Fresh4PrecisionFloor = 0.90;
    private const double Fresh4KindFloor = 0.885;
    // FRESH5 (76 excerpts from 20 projects, collected and labelled by another engineer who never ran the analyzer),
    // measured blind once on 4 Dec 2026 before anything was changed for it: recall 73.0%, precision 73.9%, kind 60/76;
    // once after the fifth round (made without the folder) and StoredRemoval: 74.2%, 77.1%, 61/76. The sixth round read
    // its misses: 85.5%, 86.1%, 69/76 (per area recall/precision: schema 89/62 -> 89/80, auth 85/90 -> 93/93, external
    // 59/71 -> 71/86, config 72/60 -> 76/66, infra 71/76 -> 84/90, data 0/0 -> 100/100, breaking 78/93 -> 91/94).
    // The seventh round (made reading FRESH6): 85.5/86.1 -> 86.8/86.3, kind 69/76.
    private const double Fresh5RecallFloor = 0.87; // session 23 areas round: 86.8 -> 87.4%
    private const double Fresh5PrecisionFloor = 0.87;
    private const double Fresh5KindFloor = 0.90;

    // FRESH6 (blind, 91 excerpts from 24 projects, collected and labelled by another engineer who never ran the analyzer
    // or read its code), measured once on 4 Dec 2026 before anything was changed for it: recall 73.4%, precision 76.8%,
    // kind 72/91 (per area: schema 73/73, auth 88/92, external 50/61, config 80/65, infra 69/74, data 40/40, breaking 81/93);
    // once after the sixth round (made without the folder; FRESH5 73.0/77.1 -> 85.5/86.1): 73.9%, 76.9%, 72/91 (auth 88/90,
    // data 40/50, breaking 83/93, the rest unchanged). The round's rules barely carried over to unseen changelogs.
    // The seventh round read its misses: 73.9/76.9 kind 72/91 -> 86.2/84.1 kind 79/91 (per area recall/precision: schema
    // 73/73 -> 73/80, auth 88/90 -> 93/93, external 50/61 -> 79/77, config 80/65 -> 87/72, infra 69/74 -> 81/85, data
    // 40/50 -> 60/60, breaking 83/93 -> 96/94).
    // Session of 5 Dec 09:00: plain-text release headers ("Changes with Apache 2.4.62", "Version 7.0") are read as the
    // release's version heading, so the kind rules see its version: pgAdmin "Version 7.0" (a major, labelled normal because
    // it states no upgrade step) is now read as a migration, 79 -> 78/91, while FRESH9's nginx Unit 1.29.1 patch becomes
    // the hotfix it is labelled (71 -> 72/90). The floor follows the labellers' call on majors, not a lost reading.
    // Session 18 (kind round: upgrade guides across majors, migration guides, operator steps, changed defaults and
    // breaking items in patches, docs/tests beside fixes, stored-data format changes): kind FRESH2 40 -> 41/42, FRESH4 46 -> 47/53, FRESH6 78 -> 82/91.
    private const double Fresh6RecallFloor = 0.86;
    private const double Fresh6PrecisionFloor = 0.845;
    private const double Fresh6KindFloor = 0.90;

    private sealed record Scored(LabelledExcerpt Excerpt, ReleaseAnalysis Analysis);

    private static (double Recall, double Precision, double Kind) Score(string name, IReadOnlyList<Scored> results, StringBuilder report, bool blind = false)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"== {name}: {results.Count} excerpts");
        var (areas, recall, precision) = AreaScore.Of(results.Select(r => (r.Excerpt, (IReadOnlyCollection<RiskArea>)r.Analysis.Risks)));
        foreach (var area in areas)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{area.Name,-9} recall {area.Recall} precision {area.Precision} (labelled {area.TruePositives + area.FalseNegatives}, found {area.TruePositives + area.FalsePositives}; TP/FP/FN {area.TruePositives}/{area.FalsePositives}/{area.FalseNegatives})");
            if (!blind)
            {
                report.AppendLine("  missed: " + string.Join(", ", area.Missed));
                report.AppendLine("  extra:  " + string.Join(", ", area.Extra));
            }
        }

        var kindRight = results.Count(r => r.Excerpt.Kind == r.Analysis.Kind);
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());
        report.AppendLine(CultureInfo.InvariantCulture, $"{name} all areas recall {recall:P1} precision {precision:P1}; kind {kindRight}/{results.Count}; destructive {destructiveRight}/{results.Count}");
        foreach (var (excerpt, analysis) in results.Where(r => !blind && r.Excerpt.Kind != r.Analysis.Kind))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"kind {excerpt.Name}: labelled {excerpt.Kind}, found {analysis.Kind}");
        }

        return (recall, precision, kindRight / (double)Math.Max(1, results.Count));
    }
}
