using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A deletion the notes put off is a follow-up in the notes' own words; a job's retention rule is not one; and what a
/// destructive item removes is its object, not the word a sentence is about. Made-up notes.
/// </summary>
public sealed class LaterDeletionsTests
{
    [Theory]
    [InlineData("reindex docs into docs_v9, flip alias, delete docs_v8 after 72h", "delete docs_v8 after 72h")]
    [InlineData("new stream payments.v3; payments (v2) deleted once consumers drain it", "payments (v2) deleted once consumers drain it")]
    [InlineData("API_TOKEN removed from the secret and the service account dropped after", "the service account dropped after")]
    [InlineData("re-encrypt with KMS key alias/x-2027. old key scheduled for deletion (7 day pending window) once the job reports 0 rows", "old key scheduled for deletion (7 day pending window) once the job reports 0 rows")]
    public void LaterDeletions_DeletionPutOff_IsQuotedInTheNotesOwnWords(string item, string clause)
    {
        Assert.Equal([clause], ReleaseAnalyzer.LaterDeletions(item));
    }

    [Theory]
    [InlineData("nightly cleanup job now deletes soft-deleted users after 60 days (was never)")]
    [InlineData("drop users.legacy_flag after the rollout")]
    [InlineData("JWT_SECRET removed after that")]
    public void LaterDeletions_RuleOrStepOfThisWindow_IsNone(string item)
    {
        Assert.Empty(ReleaseAnalyzer.LaterDeletions(item));
    }

    [Theory]
    [InlineData("0031_remove_ticket_old_flag.py — RemoveField ticket.old_flag. last reader removed in 4.2.0", "ticket.old_flag")]
    [InlineData("one-off: dedupe vendors by tax_id, dups deleted", "vendors")]
    [InlineData("cleanup job now deletes soft-deleted users after 60 days", "users")]
    [InlineData("dedupe fix in ledger-worker. after deploy: truncate ledger_daily_sums and replay", "ledger_daily_sums")]
    public void RemovedNames_SentenceAboutAWord_NamesTheObject(string item, string removed)
    {
        Assert.Equal([removed], ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]));
    }
}
