using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A table or index called unused, obsolete or old still holds its data or defines its lookups: removing, retiring or
/// purging one is a schema change that destroys data (a contract step with a snapshot and an irreversible rollback line),
/// however tidy the wording sounds. "Remove unused imports" is a code cleanup; "remove unused table audit_old" is not.
/// Made-up typed notes.
/// </summary>
public sealed class StoredCleanupTests
{
    [Theory]
    [InlineData("remove unused table audit_old")]
    [InlineData("remove unused column users.legacy_flag")]
    [InlineData("delete the obsolete sessions_v1 table")]
    [InlineData("retire the old idx_orders_created index")]
    [InlineData("retire table audit_old")]
    [InlineData("purge table tmp_imports")]
    [InlineData("purge the tmp_imports table")]
    [InlineData("drop unused index idx_users_email_lower")]
    public void Analyze_CleanupOfAStoredObject_IsADestructiveBreakingSchemaChange(string notes)
    {
        var item = Assert.Single(ReleaseAnalyzer.Analyze(notes).Items);

        Assert.True(item.Destructive, notes);
        Assert.True(item.DestroysData, notes);
        Assert.Contains(RiskArea.Schema, item.Risks);
        Assert.Contains(RiskArea.Breaking, item.Risks);
    }

    [Theory]
    [InlineData("remove unused imports")]
    [InlineData("remove unused dependencies from package.json")]
    [InlineData("remove dead code in the billing worker")]
    [InlineData("remove unused CSS from the table component")]
    public void Analyze_CleanupOfCode_RemovesNothingStored(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.DoesNotContain(analysis.Items, item => item.DestroysData);
        Assert.False(analysis.Has(RiskArea.Schema), notes);
    }
}
