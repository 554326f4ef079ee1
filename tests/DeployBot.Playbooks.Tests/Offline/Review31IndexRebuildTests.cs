using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A library whose on-disk index format changed (FRESH27 review, tantivy 0.13: "will require you to reindex your index" got a
/// database snapshot and `scripts/backfill.sh` "in small batches … replica lag"). On main at 3f0d22f the first test failed
/// (an image rollout and a backfill); the notes are this file's own.
/// </summary>
public sealed class Review31IndexRebuildTests
{
    private const string Notes = "Quarry 2.0.0\n==============\n\nThe on-disk index format changed in this release, so existing indexes must be rebuilt with the new version.\n\n- `Searcher::open(path)` now takes an options argument.\n- `Collector::collect(doc)` returns the score of the document.\n- `IndexWriter::commit` is now async.\n\n```rust\nlet searcher = Searcher::open(path, Options::default())?;\n```\n";

    [Fact]
    public void ALibrarysChangedIndexFormat_IsRebuiltBesideTheOldIndex_NotBackfilledInTheDatabase()
    {
        var plan = Plan(Notes);
        var dump = Dump(plan);

        Assert.Contains(Actions(plan), step => Has(step, "Rebuild the index") && Has(step, "beside the old one"));
        Assert.Contains(Actions(plan), step => Has(step, "raise the library"));
        Assert.DoesNotContain(plan.Steps, step => step.Reference?.Contains("backfill", StringComparison.Ordinal) == true || step.Reference?.Contains("snapshot", StringComparison.Ordinal) == true);
        Assert.False(Has(dump, "replica lag"), dump);
        Assert.Contains(plan.Rollback, line => Has(line, "old index"));
    }

    /// <summary>Counterexample: a service's own reindex of its database keeps the backfill's batches and lag watch.</summary>
    [Fact]
    public void AServicesOwnReindexJob_KeepsTheBackfill()
    {
        var plan = Plan("## 3.2.0\n\n- Reindex the `orders` table's search column in batches after the deploy (~2M rows).\n- New export button\n");

        Assert.DoesNotContain(Actions(plan), step => Has(step, "beside the old one"));
    }
}
