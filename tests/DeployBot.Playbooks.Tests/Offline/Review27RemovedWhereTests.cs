using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The 27th session's reading of the FRESH24 plans: "Removed unused columns in database schema of tables `paste` &amp;
/// `comment`" (PrivateBin 2.0.0) was planned as a contract step that dropped both tables, every paste and comment; a
/// provider's bug fix "remove the schema default for auto_apply in case it is managed by `r/tfe_workspace`" was planned as
/// "Remove every use of … r/tfe_workspace" from the Terraform configuration, a destroy of every workspace. The notes here
/// are this file's own.
/// </summary>
public sealed class Review27RemovedWhereTests
{
    [Fact]
    public void UnusedColumnsOfTables_NeverDropTheTables()
    {
        var plan = Plan("## 3.0.0 (2026-11-02)\n* ADDED: Statistics on old-format documents in the admin script\n* CHANGED: Removed unused columns in the database schema of tables `document` & `reply`\n* CHANGED: Minimum required PHP version is 8.1\n* FIXED: Unable to attach files from the clipboard\n");

        Assert.DoesNotContain(Actions(plan), action => Has(action, "\"document\"") || Has(action, "\"reply\""));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "\"document\"") || Has(line, "\"reply\""));
    }

    [Fact]
    public void ARemovedSchemaDefaultInABugFix_RemovesNoResourceFromTheConfiguration()
    {
        var plan = Plan("## v2.14.1\n\nBUG FIXES:\n* `r/acme_workspace_settings`: remove the schema default for auto_apply in case it is managed by `r/acme_workspace` [#901](https://github.com/acme/terraform-provider-acme/pull/901)\n* `r/acme_workspace_settings`: fixes an error when reading the workspace [#902](https://github.com/acme/terraform-provider-acme/pull/902)\n");

        Assert.DoesNotContain(Actions(plan), action => Has(action, "Remove every use of"));
        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "removed item"));
    }
}
