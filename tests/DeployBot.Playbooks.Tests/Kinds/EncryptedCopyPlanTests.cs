using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Playbooks.Offline;
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
    private const string Aurora = "terraform: turn on storage encryption for the aurora cluster orders-aurora. snapshot -> restore encrypted copy -> swap the cluster endpoint CNAME. ~30 min write downtime";

    [Theory]
    [InlineData(Aurora, "orders-aurora", "<key>")]
    [InlineData("billing-db is an unencrypted aurora postgres DB cluster: take a cluster snapshot and restore it encrypted under KMS key alias/billing, then switch over; 25 min downtime", "billing-db", "alias/billing")]
    public void CreatePlan_EncryptedCopyOfACluster_UsesTheDbClusterCommandsAndAddsItsInstances(string notes, string cluster, string key)
    {
        var plan = Plan(notes);

        int snapshot = Index(plan, $"aws rds create-db-cluster-snapshot --db-cluster-identifier {cluster} "),
            restore = Index(plan, $"aws rds restore-db-cluster-from-snapshot --db-cluster-identifier {cluster}-encrypted --snapshot-identifier {cluster}-pre-encryption"),
            check = Index(plan, $"aws rds describe-db-clusters --db-cluster-identifier {cluster}-encrypted"),
            swap = Index(plan, "Swap: rename");
        Assert.True(snapshot >= 0 && snapshot < restore && restore < check && check < swap, Steps(plan));
        Assert.Contains($"--kms-key-id {key}", plan.Steps[restore].Action, StringComparison.Ordinal);
        Assert.Contains($"aws rds create-db-instance --db-cluster-identifier {cluster}-encrypted", plan.Steps[restore].Action, StringComparison.Ordinal);
        Assert.Contains("`StorageEncrypted: true`", plan.Steps[check].Action, StringComparison.Ordinal);
        Assert.Contains("modify-db-cluster", plan.Steps[swap].Action, StringComparison.Ordinal);
        string[] instanceForms = ["create-db-snapshot ", "copy-db-snapshot", "restore-db-instance-from-db-snapshot", "describe-db-instances", "modify-db-instance"];
        Assert.DoesNotContain(plan.Steps.Select(step => step.Action).Concat(plan.Verification), line => instanceForms.Any(form => line.Contains(form, StringComparison.Ordinal)));
    }

    [Fact]
    public void CreatePlan_EncryptedCopyOfACluster_NamesTheEngineTheNotesGive()
    {
        var plan = Plan("turn on storage encryption for the aurora mysql cluster shop-db: cluster snapshot -> encrypted restore -> swap, 20 min downtime");

        Assert.Contains(plan.Steps, step => step.Action.Contains("restore-db-cluster-from-snapshot", StringComparison.Ordinal) && step.Action.Contains("--engine aurora-mysql", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_EncryptedCopyOfAMultiAzDbCluster_RestoresItWithItsInstanceClassAndAddsNoInstances()
    {
        var plan = Plan("turn on storage encryption for the multi-az db cluster ledger-db (postgres): cluster snapshot -> encrypted restore -> swap, 20 min downtime");

        var restore = Assert.Single(plan.Steps, step => step.Action.Contains("restore-db-cluster-from-snapshot", StringComparison.Ordinal));
        Assert.Contains("--engine postgres ", restore.Action, StringComparison.Ordinal);
        Assert.Contains("--db-cluster-instance-class <class>", restore.Action, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("create-db-instance", StringComparison.Ordinal));
    }

    [Fact]
    public void RollbackPlan_EncryptedCopyOfACluster_SwapsTheOldClusterBackAndChecksItAsACluster()
    {
        var input = PlanInputs.ProductionInput(notes: Aurora, window: OfflinePlans.EveningWindow, flag: null);

        var rollback = RollbackPlanWriter.Write(input);

        Assert.Empty(RollbackValidator.Validate(rollback, input));
        Assert.Contains(rollback.Steps, step => step.Check.Contains("aws rds describe-db-clusters --db-cluster-identifier orders-aurora", StringComparison.Ordinal) && step.Check.Contains("the old cluster", StringComparison.Ordinal));
        Assert.DoesNotContain(rollback.Steps, step => (step.Action + step.Check).Contains("describe-db-instances", StringComparison.Ordinal));
        Assert.Contains(OfflinePlans.ValidProduction(Aurora).NextActions, line => line.Contains("delete the old unencrypted cluster `orders-aurora-old`", StringComparison.Ordinal));
    }
}
