using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>An item that adds a way to delete is no deletion; a job that deletes once deployed, or a drop, still is.</summary>
public sealed class OfferedDeletionTests
{
    [Theory]
    [InlineData("## 0.8.0\n\n### Added\n- Add `ps_trace.delete_all_traces()` function to delete all trace data [#1012]")]
    [InlineData("## 2.4.0\n\n- New `purge` subcommand that removes orphaned blobs from the bucket")]
    [InlineData("## 2.4.0\n\n- Added an admin API endpoint for deleting stale sessions")]
    public void Analyze_NewWayToDelete_IsNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Theory]
    [InlineData("## 2.4.0\n\n- Add a nightly job that deletes soft-deleted accounts after 30 days")]
    [InlineData("## 2.4.0\n\n- Add column orders.region; drop the legacy_sessions table")]
    [InlineData("## 2.4.0\n\n- Removed the `delete_all` command")]
    public void Analyze_DeletionThatHappens_StaysDestructive(string notes) =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Theory]
    [InlineData("## 5.2.0\n\n- The search index is rebuilt under a new name. You can delete the old index if you no longer need it.")]
    [InlineData("## 5.2.0\n\n- Attachments now live in object storage; the `attachments_blob` table may safely be dropped after verifying them.")]
    [InlineData("## 5.2.0\n\n- Once every node runs 5.2 it is safe to remove the `legacy_tokens` table.")]
    public void Analyze_DeletionLeftToTheOperator_IsNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);

    [Theory]
    [InlineData("## 5.2.0\n\n- The migration drops the `orders.legacy_note` column; you can delete its backup afterwards.")]
    [InlineData("## 5.2.0\n\n- Removed the `--legacy-index` flag. You may then remove it from your scripts.")]
    public void Analyze_DeletionMadeBesideAnOffer_StaysDestructive(string notes) =>
        Assert.NotEmpty(ReleaseAnalyzer.Analyze(notes).Destructive);
}

/// <summary>What an item passes or runs to remove something is its tool, not what it removes.</summary>
public sealed class PassedFlagTests
{
    [Theory]
    [InlineData("Passing the `-repair` flag to the `migrate` command will find and remove any redundant grant scopes in the database.", "-repair")]
    [InlineData("Running `cleanup-orphans` against the primary removes orphaned rows from the attachments table.", "cleanup-orphans")]
    public void RemovedNames_ToolOfTheRemoval_IsNotRemoved(string item, string tool) =>
        Assert.DoesNotContain(tool, ReleaseAnalyzer.RemovedNames(item, [tool]));

    [Fact]
    public void RemovedNames_FlagTheItemRemoves_StaysRemoved() =>
        Assert.Contains("--debug", ReleaseAnalyzer.RemovedNames("Removed the `--debug` flag from the `serve` command.", ["--debug"]));
}
