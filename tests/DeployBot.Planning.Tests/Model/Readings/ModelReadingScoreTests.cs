using System.Globalization;
using System.Text;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Tests.Plans.Analysis;
using DeployBot.Planning.Parsing;
using DeployBot.Planning.Prompts;
using DeployBot.Planning.Tests.Support;

namespace DeployBot.Planning.Tests.Model.Readings;

/// <summary>
/// The model path's reading of real release notes, scored against the same hand labels as the analyzer
/// (Core.Tests' Fixtures). No model is reachable here, so each excerpt's answer was recorded once from a language model
/// that was given exactly the plan prompt DeployBot sends for it (<c>Recorded/&lt;set&gt;/&lt;file&gt;.json</c>; the model
/// wrote only the answer's <c>releaseKind</c>, <c>risks</c> and <c>items</c>, the keys this score reads) and never saw the
/// labels. The score runs each recorded answer through DeployBot's own reader and merge (<see cref="JsonAnswerReader"/>,
/// <see cref="PlanningInput.Reviewed"/>, <see cref="PlanAssembler"/>), beside the word patterns alone.
/// A missing answer fails the test and writes that excerpt's prompt to a temporary folder, named in the message.
/// </summary>
public sealed class ModelReadingScoreTests(ITestOutputHelper output)
{
    [Theory]
    // Recorded on 5 Dec 2026 (04:20-04:35 UTC), each set by its own helper session acting as the model; measured once:
    // FRESH7 (blind to every rule) 93.4% / 89.1%, kind 85/90; FRESH6 93.6% / 88.4%, kind 86/91; the 111 developed-on
    // excerpts 96.1% / 85.3%, kind 109/111. The word patterns alone on the same excerpts: 73.0/75.9, 86.2/84.1, 90.7/87.0.
    // The eighth round split 16 of those excerpts differently (placeholders dropped, wrapped lines joined); their answers
    // were recorded again by another helper session, and a destructive item now keeps only its safety areas (breaking,
    // schema, data) against a reading: FRESH7 93.8/88.0 kind 85, FRESH6 93.6/89.2 kind 86, ALL 96.1/85.6 kind 108.
    // FRESH8 (blind to every rule and to the prompt; recorded on 5 Dec 2026, 07:40-08:00 UTC by two helper sessions):
    // 98.2% / 87.4%, kind 83/90; its word patterns alone 80.9/79.8, kind 74/90.
    // FRESH9 (blind likewise; recorded 07:10-07:20 UTC by two helper sessions, the six nginx Unit and Squid excerpts again
    // after the tenth round found their indented entries): 94.1% / 91.9%, kind 82/90; its word patterns 78.0/84.2 (70.2/83.2
    // before the tenth round read it). FRESH8 after the ninth and tenth rounds: 98.2% / 88.2%.
    // FRESH10 (blind likewise; 60 excerpts merged after the tenth round, recorded 07:37-07:41 UTC by two helper sessions):
    // 95.7% / 91.0%, kind 54/60; its word patterns 77.6/78.9, kind 48/60. FRESH8 + FRESH9 + FRESH10, 240 blind excerpts
    // from 74 projects: 96.1% / 90.1%, kind 219/240 (91%).
    // FRESH11 (blind likewise; 60 excerpts merged on 5 Dec 2026 09:10 UTC, recorded 09:12-09:22 UTC by two helper sessions
    // that never saw a label): 94.9% / 89.7%, kind 58/60; its word patterns 76.6/76.1, kind 41/60. "Blind" pools the four
    // sets each measured before anything was written for it (FRESH8 to FRESH11, 300 excerpts from 94 projects).
    // After the plain-text release headers were read as headings (5 Dec, 09:45), 14 answers (pgAdmin, httpd, privacyIDEA,
    // nginx Unit) were recorded again by a fresh helper session: FRESH6 93.6/89.2 -> 94.6/88.5, FRESH7 93.8/88.0 -> 93.8/88.4,
    // FRESH8 98.2/88.2 -> 98.2/87.8, FRESH9 unchanged; pooled blind 95.9/89.9, kind 277/300. Re-answering moves a set by
    // about one point: this measurement's noise.
    [InlineData("Blind", 0.955, 0.895, 0.92)]
    [InlineData("Fresh11", 0.945, 0.895, 0.96)]
    [InlineData("Fresh10", 0.955, 0.905, 0.90)]
    [InlineData("Fresh9", 0.94, 0.915, 0.91)]
    [InlineData("Fresh8", 0.98, 0.875, 0.92)]
    [InlineData("Fresh7", 0.935, 0.875, 0.94)]
    [InlineData("Fresh6", 0.94, 0.88, 0.94)]
    [InlineData("All", 0.96, 0.85, 0.97)]
    public void ModelPath_RecordedAnswersForAHeldOutSet_ScoreAtLeastTheFloors(string set, double recallFloor, double precisionFloor, double kindFloor)
    {
        var excerpts = set == "Blind"
            ? [.. Folders("Fresh8", LabelledExcerpt.Fresh8()), .. Folders("Fresh9", LabelledExcerpt.Fresh9()), .. Folders("Fresh10", LabelledExcerpt.Fresh10()), .. Folders("Fresh11", LabelledExcerpt.Fresh11())]
            : Folders(set, set switch
        {
            "Fresh11" => LabelledExcerpt.Fresh11(),
            "Fresh10" => LabelledExcerpt.Fresh10(),
            "Fresh9" => LabelledExcerpt.Fresh9(),
            "Fresh8" => LabelledExcerpt.Fresh8(),
            "Fresh7" => LabelledExcerpt.Fresh7(),
            "Fresh6" => LabelledExcerpt.Fresh6(),
            _ => LabelledExcerpt.All(),
        });
        var missing = new List<string>();
        var stale = new List<string>();
        var prompts = Path.Combine(Path.GetTempPath(), "deploybot-reading-prompts", set);
        var model = new List<(LabelledExcerpt Excerpt, ReleaseKind Kind, IReadOnlyList<RiskArea> Risks)>();
        var patterns = new List<(LabelledExcerpt Excerpt, ReleaseKind Kind, IReadOnlyList<RiskArea> Risks)>();
        foreach (var (folder, excerpt) in excerpts)
        {
            var input = SampleInputs.Production(excerpt.Notes);
            patterns.Add((excerpt, input.Analysis.Kind, input.Analysis.Risks));
            var recorded = Path.Combine(AppContext.BaseDirectory, "Model", "Readings", "Recorded", folder, Path.ChangeExtension(excerpt.Name, ".json"));
            if (!File.Exists(recorded))
            {
                missing.Add(excerpt.Name);
                WritePrompt(prompts, excerpt.Name, input);
                continue;
            }

            var draft = JsonAnswerReader.Read(File.ReadAllText(recorded)) ?? new PlanDraft();
            // An answer read a numbered list of items; if the analyzer now splits the notes differently, it is stale.
            if (draft.Readings.Count != Math.Min(ReleaseFacts.MaxItems, input.Analysis.Items.Count))
            {
                stale.Add($"{excerpt.Name} ({draft.Readings.Count} items read, {input.Analysis.Items.Count} numbered now)");
                WritePrompt(prompts, excerpt.Name, input);
                continue;
            }

            var reviewed = input.Reviewed(draft.Readings);
            var plan = PlanAssembler.Assemble(draft, reviewed, new PlannerInfo(PlannerInfo.Model, "recorded", 1, null), () => reviewed.Analysis);
            model.Add((excerpt, plan.ReleaseKind, plan.Risks));
        }

        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"{missing.Count} recorded answers missing and {stale.Count} stale (record them again); their prompts are in {prompts}: "
            + string.Join(", ", missing.Concat(stale).Take(10)));
        var report = new StringBuilder();
        Score($"{set} word patterns", patterns, report);
        var (recall, precision, kind) = Score($"{set} model path (recorded answers)", model, report);
        output.WriteLine(report.ToString());
        Assert.True(recall >= recallFloor && precision >= precisionFloor && kind >= kindFloor, report.ToString());
    }

    private static (string Folder, LabelledExcerpt Excerpt)[] Folders(string folder, IEnumerable<LabelledExcerpt> excerpts) =>
        [.. excerpts.Select(excerpt => (folder, excerpt))];

    private static void WritePrompt(string folder, string name, PlanningInput input)
    {
        Directory.CreateDirectory(folder);
        var history = PlanPrompt.Create(input, UntrustedText.CreateFence());
        var text = string.Join("\n\n", history.Select(message => $"=== {message.Role} ===\n{message.Content}"));
        File.WriteAllText(Path.Combine(folder, Path.ChangeExtension(name, ".txt")), text);
    }

    // Micro-averaged over the seven areas by the same AreaScore as Core.Tests' AnalyzerScoreTests; blind: no file names.
    private static (double Recall, double Precision, double Kind) Score(
        string name, IReadOnlyList<(LabelledExcerpt Excerpt, ReleaseKind Kind, IReadOnlyList<RiskArea> Risks)> results, StringBuilder report)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"== {name}: {results.Count} excerpts");
        var (areas, recall, precision) = AreaScore.Of(results.Select(r => (r.Excerpt, (IReadOnlyCollection<RiskArea>)r.Risks)));
        foreach (var area in areas)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{area.Name,-9} recall {area.Recall} precision {area.Precision}");
        }

        var kind = results.Count(r => r.Excerpt.Kind == r.Kind);
        report.AppendLine(CultureInfo.InvariantCulture, $"{name} all areas recall {recall:P1} precision {precision:P1}; kind {kind}/{results.Count}");
        return (recall, precision, kind / (double)Math.Max(1, results.Count));
    }
}
