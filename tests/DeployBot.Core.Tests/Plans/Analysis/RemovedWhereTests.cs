using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// What a removal takes away is not where it sits: "Removed unused columns in the schema of tables `a` &amp; `b`" keeps both
/// tables, and a contract step that dropped them would destroy the service's data. Nor does "remove the default for x"
/// remove x. The notes here are this file's own.
/// </summary>
public sealed class RemovedWhereTests
{
    [Theory]
    [InlineData("* CHANGED: Removed unused columns in the database schema of tables `document` & `reply`", "document,reply", "")]
    [InlineData("Removed obsolete columns from the `orders` and `invoices` tables.", "orders,invoices", "")]
    [InlineData("Dropped the unused `legacy_flag` column from `accounts`.", "legacy_flag,accounts", "legacy_flag")]
    [InlineData("Remove the `--fast` option of the `sync` command", "--fast,sync", "--fast")]
    [InlineData("Removed configurable `path` for the `cache` & `queue` backends (#88)", "path,cache,queue", "path")]
    public void TheOwnerOfARemovedMember_IsNotRemoved(string item, string names, string expected)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, names.Split(','));

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
    }

    /// <summary>Support for a thing, a list of tables and a default account are still what goes.</summary>
    [Theory]
    [InlineData("Drop support for `mysql5` in the storage layer.", "mysql5", "mysql5")]
    [InlineData("Removed the `sessions_v1` and `tokens_v1` tables.", "sessions_v1,tokens_v1", "sessions_v1,tokens_v1")]
    [InlineData("Removed the default admin account `root`.", "root", "root")]
    public void WhatTheRemovalNames_StillGoes(string item, string names, string expected)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, names.Split(','));

        Assert.Equal(expected.Split(',').Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("* `r/acme_workspace_settings`: remove the schema default for auto_apply in case it is managed by `r/acme_workspace`", "r/acme_workspace_settings,acme_workspace_settings.auto_apply,r/acme_workspace")]
    [InlineData("Removed the default value of `timeout`, so it must be set.", "timeout")]
    [InlineData("Removed deprecation warnings for `old_api`.", "old_api")]
    public void ARemovedDefaultOrWarning_RemovesNothing(string item, string names)
    {
        Assert.Empty(ReleaseAnalyzer.RemovedNames(item, names.Split(',')));
    }
}
