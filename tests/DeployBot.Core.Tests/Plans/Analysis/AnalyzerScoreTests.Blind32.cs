using System.Globalization;
using System.Text;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// FRESH30, the blind estimate of the thirty-second session: nothing was changed for it, so it prints no file names except
/// those whose kind the learned promotion changed (the fourth blind check of that promotion).
/// </summary>
public sealed partial class AnalyzerScoreTests
{
    // Collected and labelled on 8 Dec 2026 (00:30-00:38 UTC, fixtures committed in 0c807a1 at 00:38:37 UTC before anything was
    // built) by a session that never ran the analyzer or read its code, and scored once with the analyzer of 369f590 (main when
    // the 32nd session's helper branch was created; nothing under src/ changed) at 00:59 UTC: recall 71.3% (92/129), precision
    // 63.9% (92/144), kind 41/60 (38/60 by the rules alone), destructive 46/60 (per area TP/FP/FN: schema 5/4/2, auth 10/7/4,
    // external 5/5/7, config 26/12/5, infra 18/12/8, data 0/8/3, breaking 28/4/8). The thirtieth blind changelog set (Java
    // libraries and a graph database, .NET libraries, Ruby gems and a Rails app, a PHP platform's upgrade notes, a Django app,
    // Go CLIs, an identity provider and an operator, a Helm chart, a Terraform module, an observability agent, search and
    // broker clients; 42 excerpts not from a CHANGELOG.md, upgrade guides and per-release files among them): the learned
    // promotion changed 3 kinds, all 3 to the labelled migration; data (0 of 3 found, 8 false) and external recall are the
    // weakest. The floors are these figures rounded down.
    private const double Fresh30RecallFloor = 0.71;
    private const double Fresh30PrecisionFloor = 0.63;
    private const double Fresh30KindFloor = 0.68;
    private const int Fresh30DestructiveFloor = 46;

    [Fact]
    public void Analyze_ThirtySecondSessionBlindSet_ScoresAtLeastTheRecordedFloors()
    {
        var excerpts = LabelledExcerpt.Fresh30();
        var results = excerpts.Select(excerpt => new Scored(excerpt, ReleaseAnalyzer.Analyze(excerpt.Notes))).ToArray();
        var report = new StringBuilder();

        var score = Score("FRESH30", results, report, blind: true);
        var destructiveRight = results.Count(r => r.Excerpt.Destructive == r.Analysis.Destructive.Any());
        report.AppendLine(CultureInfo.InvariantCulture, $"FRESH30 destructive right {destructiveRight}/{results.Length}");
        ReportLearnedPromotionOnFresh30(results, report);

        output.WriteLine(report.ToString());
        Assert.Equal(60, results.Length);
        Assert.True(score.Recall >= Fresh30RecallFloor && score.Precision >= Fresh30PrecisionFloor && score.Kind >= Fresh30KindFloor, report.ToString());
        Assert.True(destructiveRight >= Fresh30DestructiveFloor, report.ToString());
    }

    // The rules' kind beside the final kind (rules plus the learned promotion of missed migrations), and every excerpt whose
    // kind the promotion changed, so the promotion can be judged a fourth time on changelogs it never saw.
    private static void ReportLearnedPromotionOnFresh30(IReadOnlyList<Scored> results, StringBuilder report)
    {
        var rules = results.Select(r => (r.Excerpt, Rules: ReleaseAnalyzer.AnalyzeByRules(r.Excerpt.Notes).Kind, Final: r.Analysis.Kind)).ToArray();
        var rulesRight = rules.Count(r => r.Excerpt.Kind == r.Rules);
        var finalRight = rules.Count(r => r.Excerpt.Kind == r.Final);
        report.AppendLine(CultureInfo.InvariantCulture, $"FRESH30 kind right by rules alone {rulesRight}/{results.Count}, with the learned promotion {finalRight}/{results.Count}");
        foreach (var (excerpt, byRules, final) in rules.Where(r => r.Rules != r.Final))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"promoted {excerpt.Name}: labelled {excerpt.Kind}, rules {byRules}, final {final}");
        }
    }
}
