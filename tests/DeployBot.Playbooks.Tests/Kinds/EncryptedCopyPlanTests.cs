using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// Encryption at rest for an RDS database that cannot be encrypted in place: a final snapshot copied under the named KMS
/// key, a new instance restored from it and swapped in under the name apps already use. Nothing in the apps changes: no
/// "KMS key" applied as config, no restart, no sign-in checks; the old instance is kept as the way back.
/// </summary>
public sealed class EncryptedCopyPlanTests
{
    private const string Notes = "terraform: turn on storage encryption for reports-db. rds can't do that in place so: snapshot -> restore encrypted copy (new KMS key alias/reports-db) -> swap. ~20 min reports downtime. the CNAME apps use stays the same, no app config change";

    private static DeploymentPlan Plan(string notes) => OfflinePlans.ValidProduction(notes);

    private static int Index(DeploymentPlan plan, string text) =>
        plan.Steps.ToList().FindIndex(step => step.Action.Contains(text, StringComparison.Ordinal));

    private static string Steps(DeploymentPlan plan) => string.Join("\n", plan.Steps.Select(step => step.Action));

    [Theory]
    [InlineData(Notes, "reports-db", "--kms-key-id alias/reports-db")]
    [InlineData("orders-db is unencrypted: restore it from an encrypted snapshot copy (KMS key alias/orders) and switch over, 15 minutes of downtime", "orders-db", "--kms-key-id alias/orders")]
    public void CreatePlan_EncryptedCopy_SnapshotsCopiesUnderTheNamedKeyThenSwaps(string notes, string database, string key)
    {
        var plan = Plan(notes);

        int snapshot = Index(plan, $"--db-instance-identifier {database} --db-snapshot-identifier"), copy = Index(plan, key), swap = Index(plan, "Swap: rename");
        Assert.True(snapshot >= 0 && snapshot < copy && copy < swap, Steps(plan));
        Assert.Contains($"`{database}-old`", plan.Steps[swap].Action, StringComparison.Ordinal);
        Assert.True(Index(plan, "`StorageEncrypted: true`") is var check && check > copy && check < swap, Steps(plan));
    }

    [Theory]
    [InlineData(Notes)]
    [InlineData("enable encryption at rest on orders-db via encrypted snapshot copy and cutover")]
    public void CreatePlan_EncryptedCopy_AppliesNoConfigRestartsNothingAndChecksNoSignIn(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("restart", StringComparison.OrdinalIgnoreCase) && !step.Action.Contains("no restart", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Reference?.Contains("configmap", StringComparison.OrdinalIgnoreCase) == true || step.Action.Contains("Apply the new", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Verification.Concat(plan.Steps.Select(step => step.Action)), line => line.Contains("sign-in", StringComparison.OrdinalIgnoreCase) && line.Contains("401", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Notes, "~20 min, as the notes say")]
    [InlineData("enable encryption at rest on orders-db via encrypted snapshot copy and cutover", "an estimate of about 45 min: replace it with the time the staging rehearsal took")]
    public void CreatePlan_EncryptedCopy_DowntimeIsStatedOrAnEstimateNeverAnUnearnedRehearsal(string notes, string downtime)
    {
        var start = Assert.Single(Plan(notes).Steps, step => step.Action.StartsWith("Start the downtime", StringComparison.Ordinal));

        Assert.Contains(downtime, start.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("as rehearsed", start.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_EncryptedCopy_TerraformPlanMustShowTheReplace()
    {
        var plan = Plan(Notes);

        var review = Assert.Single(plan.Steps, step => step.Action.Contains("terraform plan", StringComparison.Ordinal));
        Assert.Contains("never an in-place edit", review.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("no unexpected destroy or replace", review.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_EncryptedCopy_RollbackSwapsBackUntilWritesLandAndPutsOffDeletingTheOldInstance()
    {
        var plan = Plan(Notes);

        var rollback = Assert.Single(plan.Rollback, line => line.StartsWith("Encrypted copy rollback:", StringComparison.Ordinal));
        Assert.Contains("until writes go to the encrypted instance, swap back", rollback, StringComparison.Ordinal);
        Assert.Contains("loses them unless they are copied back", rollback, StringComparison.Ordinal);
        Assert.Contains(plan.NextActions, line => line.Contains("delete the old unencrypted instance `reports-db-old`", StringComparison.Ordinal) && line.Contains("own approval", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rotate KMS key for reports-db (automatic key rotation on), no downtime")]
    [InlineData("Release 4.2.0: new checkout page, faster product list")]
    public void CreatePlan_NoEncryptedCopy_GetsNoSnapshotCopyOrSwap(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("copy-db-snapshot", StringComparison.Ordinal) || step.Action.Contains("Swap: rename", StringComparison.Ordinal));
    }
}
