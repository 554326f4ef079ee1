namespace DeployBot.Core.Plans.Analysis;

/// <summary>A second reader's classification of one release item (a model's, read from its plan answer).</summary>
/// <param name="Risks">The item's risk areas as that reader sees them.</param>
/// <param name="Destructive">Whether that reader sees it drop, rename or remove something, or rewrite data irreversibly.</param>
public sealed record ItemReading(IReadOnlyList<RiskArea> Risks, bool Destructive);

/// <summary>
/// Applies a second reading of the items to the pattern analysis. Word patterns miss what a reader sees (whose SDK a
/// one-line fix is in, an option set in the app's own screens rather than by the operator), so a reading replaces an
/// item's risk areas, with one exception that keeps plans safe: an item the patterns found destructive stays
/// destructive, and keeps the areas its safety steps hang on (breaking; schema or data, which call for the snapshot),
/// whatever the reading says; its other areas follow the reading. A reading can add a destructive item, never remove one.
/// </summary>
public static class AnalysisReview
{
    /// <param name="analysis">The pattern analysis.</param>
    /// <param name="readings">Readings by item position (0-based) in <see cref="ReleaseAnalysis.Items"/>; other items keep theirs.</param>
    public static ReleaseAnalysis Apply(ReleaseAnalysis analysis, IReadOnlyDictionary<int, ItemReading> readings)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(readings);
        var items = analysis.Items.Select((item, index) => readings.TryGetValue(index, out var reading) ? Reviewed(item, reading) : item).ToArray();
        // A reading that changes nothing (none of an existing item, or the same as the patterns') leaves the analysis as it was.
        if (items.Zip(analysis.Items).All(pair => pair.First.Destructive == pair.Second.Destructive && pair.First.Risks.SequenceEqual(pair.Second.Risks)))
        {
            return analysis;
        }

        // Areas the release has from no item (a "Breaking changes" heading) stay; the rest follow the items.
        var releaseOnly = analysis.Risks.Except(analysis.Items.SelectMany(item => item.Risks));
        var risks = items.SelectMany(item => item.Risks).Concat(releaseOnly).Distinct().Order().ToArray();
        return analysis with { Risks = risks, Items = items };
    }

    private static ReleaseItem Reviewed(ReleaseItem item, ItemReading reading) =>
        item.Destructive
            ? item with { Risks = [.. item.Risks.Where(SafetyArea).Concat(reading.Risks).Distinct().Order()] }
            : item with { Risks = [.. reading.Risks.Distinct().Order()], Destructive = reading.Destructive };

    /// <summary>The areas of a destructive item that its safety steps hang on: breaking (contract step, approval) and stored data (snapshot).</summary>
    private static bool SafetyArea(RiskArea area) => area is RiskArea.Breaking or RiskArea.Schema or RiskArea.Data;
}
