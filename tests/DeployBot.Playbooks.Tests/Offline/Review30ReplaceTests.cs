using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A Terraform release that replaces a stateful or identity resource (FRESH26 sweep #1, azuread 2.37.1; FRESH25 #26, AKS
/// role assignment): the plan review stops on that replace, it is never "a change the notes explain", and the rollback says
/// a replaced object is a new one that no state push brings back; a renamed submodule needs `moved` blocks and stays (#3).
/// Every positive failed on main at f447643 (its Host dll, same notes); the notes are this file's own.
/// </summary>
public sealed class Review30ReplaceTests
{
    private const string ProviderReplace = "## 3.4.1 (May 2, 2024)\n\nNOTES:\n\n* This release has a breaking change in the `entra_security_group` resource; see the linked issue for how to avoid it.\n\nBUG FIXES:\n\n* `entra_security_group` - stop writing `mail_nickname_mode` when it is not set; clearing this argument now forces replacement of the resource ([#812](https://github.com/example/terraform-provider-entra/issues/812))\n";

    private const string ModuleRecreate = "# Notice on Upgrade to v7.x\n\n## [`azurerm_key_vault_access_policy.workers` will be re-created](https://github.com/example/terraform-azurerm-workers/pull/212)\n\nThe `for_each` key changed from a list index to a name, so the access policy is removed and added again; for a short time the workers cannot read secrets.\n\n## `var.sku` has been renamed to `var.sku_name`\n";

    /// <summary>Main told the reviewer the replace of the group was "one the notes explain" and offered a state push as the way back.</summary>
    [Fact]
    public void AForcedReplacementOfAGroup_IsAStopInThePlanReview()
    {
        var plan = Plan(ProviderReplace);
        var review = Assert.Single(Actions(plan), step => Has(step, "terraform plan") && Has(step, "second person"));

        Assert.Contains("`entra_security_group` is a stop", review, StringComparison.Ordinal);
        Assert.Contains("ignore_changes", review, StringComparison.Ordinal);
        Assert.DoesNotContain("one the notes explain: \"entra_security_group\"", review, StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => Has(line, "new object with a new id") && Has(line, "state push"));
    }

    /// <summary>"X will be re-created" in a module's upgrade notice: main said "the upgrade alone should plan no changes".</summary>
    [Fact]
    public void AModuleResourceReCreated_IsAStopNotNoChanges()
    {
        var plan = Plan(ModuleRecreate);
        var review = Assert.Single(Actions(plan), step => Has(step, "terraform plan") && Has(step, "second person"));

        Assert.Contains("`azurerm_key_vault_access_policy.workers` is a stop", review, StringComparison.Ordinal);
        Assert.DoesNotContain("should plan no changes", review, StringComparison.Ordinal);
    }

    /// <summary>Counterexample: a plain in-place update the notes explain keeps today's review wording.</summary>
    [Fact]
    public void AnInPlaceUpdate_KeepsTheExplainedWording()
    {
        var plan = Plan("## 3.5.0 (June 1, 2024)\n\nENHANCEMENTS:\n\n* `entra_security_group` - the `description` argument can now be updated in place ([#820](https://github.com/example/terraform-provider-entra/pull/820))\n\nBUG FIXES:\n\n* `entra_application` - changing the `owners` argument no longer forces replacement of the resource ([#821](https://github.com/example/terraform-provider-entra/pull/821))\n");
        var review = Assert.Single(Actions(plan), step => Has(step, "terraform plan") && Has(step, "second person"));

        Assert.Contains("the upgrade alone should plan no changes", review, StringComparison.Ordinal);
        Assert.DoesNotContain("is a stop", review, StringComparison.Ordinal);
    }
}
