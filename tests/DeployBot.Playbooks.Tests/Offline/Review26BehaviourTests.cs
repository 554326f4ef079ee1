using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the 26th session's reading of the FRESH22 plans found: a deletion the new version now makes where the previous one
/// refused (terraform-provider-postgresql 1.10.0, krane 1.0) had no step that finds and protects what it would delete, and
/// an inverted or retyped rename (st2 3.9.0) was planned as a value to copy. The notes here are this file's own.
/// </summary>
public sealed class Review26BehaviourTests
{
    /// <summary>
    /// A Terraform provider that now destroys what it used to refuse to: before the version is raised, the current plan is
    /// read for destroys of that resource type and each one holding data gets <c>prevent_destroy</c>; the rollback says the
    /// previous pin brings nothing deleted back.
    /// </summary>
    [Fact]
    public void ProviderThatNowDestroysInAnyCase_ProtectsTheResourceBeforeTheUpgrade()
    {
        var plan = Plan("## 3.2.0 (May 4, 2026)\n\nENHANCEMENTS:\n\n* `resource/acme_bucket`: Empty the bucket before deleting it.\n\n  Until now the provider failed to delete buckets that still held objects. Buckets will now be deleted even if they are not empty.\n");
        var steps = Actions(plan);
        var protect = steps.FindIndex(action => Has(action, "prevent_destroy") && Has(action, "`acme_bucket`"));
        var raise = steps.FindIndex(action => Has(action, "version constraint"));

        Assert.True(protect >= 0, Dump(plan));
        Assert.True(raise > protect, Dump(plan));
        Assert.Contains(plan.Rollback, line => Has(line, "cannot be undone") && Has(line, "Buckets will now be deleted even if they are not empty"));
        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "Destructive behaviour change") && Has(line, "data owner"));
    }

    /// <summary>A deploy tool that now prunes more: a dry run lists what it would prune before the first real deploy.</summary>
    [Theory]
    [InlineData("## 4.0.0\n\n* `shipit apply` now also prunes ConfigMaps and Secrets that are no longer in the templates.\n")]
    [InlineData("## 2.0.0\n\n- The `sync` command now treats every labelled object, CRDs included, as eligible for deletion when it is missing from the repository.\n")]
    public void ToolThatNowPrunesMore_ListsWhatItWouldPruneFirst(string notes)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);
        var dryRun = steps.FindIndex(action => Has(action, "dry run") && Has(action, "would prune"));

        Assert.True(dryRun >= 0, Dump(plan));
        Assert.DoesNotContain(steps.Take(dryRun), action => Has(action, "rollout") || Has(action, "helm upgrade") || Has(action, "terraform apply"));
        Assert.Contains(plan.Rollback, line => Has(line, "cannot be undone") && Has(line, "brings nothing back"));
    }

    /// <summary>"no longer fails to delete X that is in use" widens what is deleted, whatever deletes it.</summary>
    [Fact]
    public void NoLongerFailsToDelete_IsADestructiveBehaviourChange()
    {
        var plan = Plan("## 2.3.0\n\n- The cleanup job no longer fails to delete volumes that are still attached to a stopped instance.\n- Faster listing of snapshots.\n");

        Assert.Contains(Actions(plan), action => Has(action, "now deletes where the previous one refused") && Has(action, "back up or protect"));
        Assert.Contains(plan.Rollback, line => Has(line, "cannot be undone") && Has(line, "no longer fails to delete volumes"));
    }

    /// <summary>A fixed deletion, a deletion ruled out, a narrower prune or a dropped runtime are no widened deletion.</summary>
    [Theory]
    [InlineData("## 2.3.1\n\n- Fixed a bug where volumes were deleted even if they were still attached.\n")]
    [InlineData("## 2.4.0\n\n- Volumes will no longer be deleted in any case; they are kept until you remove them.\n")]
    [InlineData("## 4.1.0\n\n* `shipit apply` now prunes only resources that carry the managed-by label.\n")]
    [InlineData("## 5.0.0\n\n- Drop support for Node 16.\n- Remove the deprecated `legacyMode` option.\n")]
    public void NarrowedOrFixedDeletion_AddsNoDestructiveBehaviourStep(string notes)
    {
        var plan = Plan(notes);
        var text = Dump(plan);

        Assert.False(Has(text, "Destructive behaviour change"), text);
        Assert.False(Has(text, "prevent_destroy"), text);
        Assert.False(Has(text, "would prune"), text);
        Assert.False(Has(text, "deletes where the previous one refused"), text);
    }

    /// <summary>
    /// A rename whose meaning is inverted or whose type changes: the step before the new version starts carries the warning
    /// and converts the value; the rollback's "values this release changes" does not offer to copy it back as a plain value.
    /// </summary>
    [Fact]
    public void InvertedAndRetypedRenames_AreConvertedNotCopied()
    {
        var plan = Plan("## 5.0.0\n\nSeveral `[smtp]` options were renamed:\n\n* `verify_peer` -> `skip_peer_verification` (the new option means the opposite of the old one)\n* `send_timeout` -> `send_timeout_seconds` (type change: string -> integer)\n* `relay_host` -> `relay_server`\n");
        var convert = Actions(plan).SingleOrDefault(action => Has(action, "convert (do not copy)"));

        Assert.NotNull(convert);
        Assert.True(Has(convert, "`verify_peer` → `skip_peer_verification` means the opposite"), convert);
        Assert.True(Has(convert, "negation of the old value"), convert);
        Assert.True(Has(convert, "takes an integer where `send_timeout` took a string"), convert);
        Assert.False(Has(convert, "relay_host"), convert);
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "Values this release changes") && Has(line, "verify_peer"));
        Assert.Contains(plan.Rollback, line => Has(line, "Converted settings") && Has(line, "`verify_peer`"));
    }

    /// <summary>Plain renames keep the ordinary way back and get no conversion step.</summary>
    [Fact]
    public void PlainRenames_GetNoConversionStep()
    {
        var plan = Plan("## 5.0.0\n\nSeveral `[smtp]` options were renamed:\n\n* `relay_host` -> `relay_server`\n* `relay_port` -> `relay_server_port`\n");

        Assert.DoesNotContain(Actions(plan), action => Has(action, "convert (do not copy)"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "Converted settings"));
    }
}
