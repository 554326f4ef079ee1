using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Tests.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>A second reading of the items (a model's) corrects the patterns, but never makes a destructive item safe.</summary>
public sealed class AnalysisReviewTests
{
    private const string Notes = """
        ## 3.4.1
        - Retry idempotent requests on 502 from the payments API
        - Add the REPORTS_CACHE_TTL environment variable (default 300 seconds)
        - Drop the legacy sessions_v1 table
        """;

    [Fact]
    public void Apply_AReadingOfAnItem_ReplacesItsRiskAreasAndTheReleaseRisksFollow()
    {
        var analysis = ReleaseAnalyzer.Analyze(Notes);
        var theme = Index(analysis, "REPORTS_CACHE_TTL");
        Assert.NotEmpty(analysis.Items[theme].Risks);

        var reviewed = AnalysisReview.Apply(analysis, new Dictionary<int, ItemReading> { [theme] = new([], false) });

        Assert.Empty(reviewed.Items[theme].Risks);
        Assert.Equal(
            [.. reviewed.Items.SelectMany(item => item.Risks).Distinct().Order()],
            reviewed.Risks);
        Assert.Equal(analysis.Items[Index(analysis, "Retry")], reviewed.Items[Index(analysis, "Retry")]);
    }

    [Fact]
    public void Apply_AReadingThatAddsAnArea_AddsItToTheItemAndTheRelease()
    {
        var analysis = ReleaseAnalyzer.Analyze("- Retry idempotent requests on 502\n- Add paging to `calls.list`\n");

        var reviewed = AnalysisReview.Apply(analysis, new Dictionary<int, ItemReading> { [0] = new([RiskArea.External], false) });

        Assert.Contains(RiskArea.External, reviewed.Items[0].Risks);
        Assert.True(reviewed.Has(RiskArea.External));
    }

    [Fact]
    public void Apply_AReadingThatCallsADropHarmless_KeepsItDestructiveWithItsAreas()
    {
        var analysis = ReleaseAnalyzer.Analyze(Notes);
        var drop = Index(analysis, "sessions_v1");
        Assert.True(analysis.Items[drop].Destructive);

        var reviewed = AnalysisReview.Apply(analysis, new Dictionary<int, ItemReading> { [drop] = new([RiskArea.Data], false) });

        Assert.True(reviewed.Items[drop].Destructive);
        Assert.Superset(analysis.Items[drop].Risks.ToHashSet(), reviewed.Items[drop].Risks.ToHashSet());
        Assert.Contains(RiskArea.Data, reviewed.Items[drop].Risks);
        Assert.Single(reviewed.Destructive);
    }

    [Fact]
    public void Apply_AReadingOfADestructiveItem_KeepsBreakingAndTakesTheReadersOtherAreas()
    {
        var analysis = ReleaseAnalyzer.Analyze("- Remove the `smtp_port` option from the mail relay client\n");
        var removal = Assert.Single(analysis.Items);
        Assert.True(removal.Destructive);
        Assert.Contains(RiskArea.Config, removal.Risks);

        var reviewed = AnalysisReview.Apply(analysis, new Dictionary<int, ItemReading> { [0] = new([RiskArea.External], false) });

        Assert.True(reviewed.Items[0].Destructive);
        Assert.Equal([RiskArea.External, RiskArea.Breaking], reviewed.Items[0].Risks);
    }

    [Fact]
    public void Apply_AReadingThatFindsARemovalThePatternsMissed_MakesTheItemDestructive()
    {
        var analysis = ReleaseAnalyzer.Analyze(Notes);
        var theme = Index(analysis, "REPORTS_CACHE_TTL");

        var reviewed = AnalysisReview.Apply(analysis, new Dictionary<int, ItemReading> { [theme] = new([RiskArea.Config, RiskArea.Breaking], true) });

        Assert.Equal(2, reviewed.Destructive.Count());
        Assert.Equal([RiskArea.Config, RiskArea.Breaking], reviewed.Items[theme].Risks);
    }

    [Fact]
    public void Apply_ReadingsOnlyOfItemsThatDoNotExist_LeaveTheAnalysisAsItWas()
    {
        var analysis = ReleaseAnalyzer.Analyze(Notes);

        var reviewed = AnalysisReview.Apply(analysis, new Dictionary<int, ItemReading> { [42] = new([], false), [-1] = new([], false) });

        Assert.Same(analysis, reviewed);
    }

    [Fact]
    public void Apply_AnAreaOnlyAHeadingGave_StaysAfterTheItemsAreRead()
    {
        var analysis = new ReleaseAnalysis(ReleaseKind.Normal, [RiskArea.Breaking]) { Items = [new ReleaseItem("Tidy up the export screen", [], false)] };

        var reviewed = AnalysisReview.Apply(analysis, new Dictionary<int, ItemReading> { [0] = new([RiskArea.Config], false) });

        Assert.Equal([RiskArea.Config, RiskArea.Breaking], reviewed.Risks);
    }

    [Fact]
    public void ReadAs_APlanWhoseModelReadAnItemAsARemoval_GivesTheRollbackThatReading()
    {
        var input = PlanInputs.StagingInput(Notes);
        var cache = Index(input.Analysis, "REPORTS_CACHE_TTL");
        var read = AnalysisReview.Apply(input.Analysis, new Dictionary<int, ItemReading> { [cache] = new([RiskArea.Config, RiskArea.Breaking], true) });
        var plan = PlanSamples.Valid with { Items = read.Items };

        var forRollback = input.ReadAs(plan);

        Assert.True(forRollback.Analysis.Items[cache].Destructive);
        Assert.Equal(2, forRollback.Analysis.Destructive.Count());
        Assert.Same(input.Analysis, input.ReadAs(PlanSamples.Valid with { Items = input.Analysis.Items }).Analysis);
    }

    private static int Index(ReleaseAnalysis analysis, string text) =>
        analysis.Items.Select((item, index) => (item, index)).Single(pair => pair.item.Text.Contains(text, StringComparison.Ordinal)).index;
}
