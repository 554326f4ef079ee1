namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// What the release notes say about a release: its kind, the risk areas they touch (in vocabulary order) and each
/// item as classified. Computed once per request and shared by every planner and the validator.
/// </summary>
public sealed record ReleaseAnalysis(ReleaseKind Kind, IReadOnlyList<RiskArea> Risks)
{
    public static ReleaseAnalysis Empty { get; } = new(ReleaseKind.Normal, []);

    /// <summary>The release's items (bullets, lines or sentences of the notes), each classified.</summary>
    public IReadOnlyList<ReleaseItem> Items { get; init; } = [];

    public bool Has(RiskArea area) => Risks.Contains(area);

    /// <summary>The items that drop, rename or remove something, or rewrite data irreversibly.</summary>
    public IEnumerable<ReleaseItem> Destructive => Items.Where(item => item.Destructive);
}

/// <summary>One item of the release notes, classified.</summary>
/// <param name="Text">The item as written (one line, trimmed).</param>
/// <param name="Risks">Its risk areas, in vocabulary order.</param>
/// <param name="Destructive">True when it drops, renames or removes something, or rewrites data irreversibly.</param>
public sealed record ReleaseItem(string Text, IReadOnlyList<RiskArea> Risks, bool Destructive)
{
    /// <summary>
    /// The item describes a bug being fixed ("Fix …", or an item under a "Bug Fixes"/"Fixed" heading): what it names is
    /// where the bug was, so it changes no format, topology or contract there.
    /// </summary>
    public bool Fix { get; init; }

    /// <summary>Destructive to stored data (schema or data): only a snapshot brings it back. A removed endpoint or key is not.</summary>
    public bool DestroysData => Destructive && (Risks.Contains(RiskArea.Schema) || Risks.Contains(RiskArea.Data));
}
