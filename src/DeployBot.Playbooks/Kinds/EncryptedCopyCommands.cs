using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The AWS CLI an encrypted copy runs, in the form its database takes. An RDS instance: `create-db-snapshot`, a
/// `copy-db-snapshot` under the KMS key, `restore-db-instance-from-db-snapshot`, `modify-db-instance` to rename. An
/// Aurora (or Multi-AZ) DB cluster: `create-db-cluster-snapshot`, then `restore-db-cluster-from-snapshot --kms-key-id`,
/// which is what encrypts (copying an unencrypted cluster snapshot under a KMS key is refused), then `create-db-instance
/// --db-cluster-identifier` for the writer and each reader (a restored Aurora cluster has no instances; a Multi-AZ DB
/// cluster's restore creates them), `modify-db-cluster` to rename.
/// </summary>
internal static class EncryptedCopyCommands
{
    /// <summary>What to write down before the downtime so the copy gets the same settings, and the deletion protection of the original.</summary>
    public static string Inventory(EncryptedCopy copy) => copy.Cluster
        ? $"write down {copy.Name}'s engine and engine version, DB cluster parameter group, subnet group, security groups and backup settings, and its writer and readers with their instance classes (`aws rds describe-db-clusters --db-cluster-identifier {Id(copy)}` lists them), so the encrypted copy gets the same; turn on deletion protection for {copy.Name} (`aws rds modify-db-cluster --db-cluster-identifier {Id(copy)} --deletion-protection --apply-immediately`; it is kept as the way back)"
        : $"write down {copy.Name}'s instance class, parameter group, subnet group, security groups and backup settings, so the encrypted copy gets the same; turn on deletion protection for {copy.Name} (it is kept as the way back)";

    /// <summary>What the reviewed Terraform plan must replace.</summary>
    public static string Replaced(EncryptedCopy copy) => copy.Cluster
        ? $"{copy.Name} (`aws_rds_cluster`) replaced by a new cluster restored from the snapshot (`snapshot_identifier`, `storage_encrypted = true`, `kms_key_id` = {copy.Key}) with its `aws_rds_cluster_instance` writer and readers"
        : $"{copy.Name} replaced by a new instance restored from the encrypted snapshot (`storage_encrypted = true`, `kms_key_id` = {copy.Key})";

    /// <summary>The final snapshot, taken once no write reaches the database.</summary>
    public static string Snapshot(EncryptedCopy copy) => copy.Cluster
        ? $"`aws rds create-db-cluster-snapshot --db-cluster-identifier {Id(copy)} --db-cluster-snapshot-identifier {Id(copy)}-pre-encryption`"
        : $"`aws rds create-db-snapshot --db-instance-identifier {Id(copy)} --db-snapshot-identifier {Id(copy)}-pre-encryption`";

    /// <summary>The encrypted copy made from the final snapshot, up to the moment it can serve.</summary>
    public static string CopyAndRestore(EncryptedCopy copy, string restore)
    {
        var (db, key) = (Id(copy), copy.KmsKey ?? "<key>");
        if (!copy.Cluster)
        {
            return $"Copy the snapshot encrypted with the KMS key: `aws rds copy-db-snapshot --source-db-snapshot-identifier {db}-pre-encryption --target-db-snapshot-identifier {db}-encrypted --kms-key-id {key}`, then restore a new instance from it: `aws rds restore-db-instance-from-db-snapshot --db-instance-identifier {db}-encrypted --db-snapshot-identifier {db}-encrypted` ({restore}), and wait until it is `available`";
        }

        var engine = copy.ClusterEngine ?? "<engine>";
        var members = copy.MultiAz
            ? "; a Multi-AZ DB cluster brings up its writer and readable standbys with the restore, so wait until every instance is `available`"
            : $"; a restored cluster has no instances, so add the writer, then each reader, with the classes written down: `aws rds create-db-instance --db-cluster-identifier {db}-encrypted --db-instance-identifier {db}-encrypted-1 --db-instance-class <class> --engine {engine}`, and wait until every instance is `available`";
        return $"Restore a new cluster from the snapshot, encrypted with the KMS key: `aws rds restore-db-cluster-from-snapshot --db-cluster-identifier {db}-encrypted --snapshot-identifier {db}-pre-encryption --engine {engine} --engine-version <version> --kms-key-id {key} --db-subnet-group-name <subnet-group> --vpc-security-group-ids <security-groups> --db-cluster-parameter-group-name <parameter-group>{(copy.MultiAz ? " --db-cluster-instance-class <class>" : string.Empty)}` with the values written down above, or the cluster gets the default security group ({restore}; the restore is what encrypts: `copy-db-cluster-snapshot` refuses a KMS key for an unencrypted cluster snapshot), and wait until the cluster is `available`{members}";
    }

    /// <summary>The command that shows whether the database under <paramref name="id"/> is encrypted.</summary>
    public static string Describe(EncryptedCopy copy, string id) => copy.Cluster
        ? $"`aws rds describe-db-clusters --db-cluster-identifier {id}`"
        : $"`aws rds describe-db-instances --db-instance-identifier {id}`";

    /// <summary>The rename that swaps the copy in under the name apps use.</summary>
    public static string Rename(EncryptedCopy copy) => copy.Cluster
        ? "`aws rds modify-db-cluster --db-cluster-identifier … --new-db-cluster-identifier … --apply-immediately`; the cluster endpoint follows the cluster's name"
        : "`aws rds modify-db-instance --new-db-instance-identifier … --apply-immediately`";

    /// <summary>Where a CNAME apps use points after the swap.</summary>
    public static string NewEndpoint(EncryptedCopy copy) => copy.Cluster
        ? "the new cluster's writer endpoint (and a reader CNAME at its reader endpoint)"
        : "the new instance's endpoint";

    /// <summary>The database's identifier in a command: "orders-aurora", or a placeholder.</summary>
    public static string Id(EncryptedCopy copy) => copy.Database ?? (copy.Cluster ? "<cluster>" : "<instance>");
}
