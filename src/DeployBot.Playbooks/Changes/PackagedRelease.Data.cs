using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A Terraform provider's or module's data items speak of the cloud resources it manages ("EKS now encrypts secrets at rest
/// by default"), not of the operator's database: the database snapshot, the database owner's approval and the snapshot ids
/// at hand-over are owed only when such an item names something that stores data (a database, a bucket, a volume).
/// </summary>
internal sealed partial record PackagedRelease
{
    /// <summary>
    /// The notes are a Terraform provider's or module's, and none of their schema or data items names a data store: what they
    /// change is the state backup's to undo (<c>PackageSteps</c>), with no database snapshot to take.
    /// </summary>
    /// <param name="items">The analysis' items of the notes.</param>
    public bool TouchesNoDataStore(IEnumerable<ReleaseItem> items) =>
        Kind is Package.TerraformProvider or Package.TerraformModule
        && !items.Any(item => (item.Risks.Contains(RiskArea.Data) || item.Risks.Contains(RiskArea.Schema) || item.DestroysData) && DataStore().IsMatch(item.Text));

    /// <summary>
    /// The notes are a Terraform provider's or module's, and an item upgrades the engine of a data store it manages ("Upgrade
    /// the Aurora engine from PostgreSQL 13 to 16", "existing clusters get a major engine version upgrade on the next apply"):
    /// the apply changes the operator's database, so the plan snapshots it first, whatever area the item was read in.
    /// </summary>
    /// <param name="items">The analysis' items of the notes.</param>
    public bool UpgradesDataStoreEngine(IEnumerable<ReleaseItem> items) =>
        Kind is Package.TerraformProvider or Package.TerraformModule
        && items.Any(item => !item.Fix && DataStore().IsMatch(item.Text) && EngineUpgrade().IsMatch(item.Text));

    [GeneratedRegex(@"\bmajor\s+(?:engine\s+)?version\s+upgrade|\bengine(?:[\s_]version)?\b[^.;\n]{0,60}?\b(?:upgrade[sd]?|from\s+\S+(?:\s+\d[\d.]*)?\s+to)\b|\bupgrade[sd]?\s+(?:the\s+)?\S+\s+(?:engine|cluster|database|instance)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex EngineUpgrade();

    [GeneratedRegex(@"\b(?:databases?|db|rds|aurora|dynamodb|postgres\w*|mysql|mariadb|sql|tables?|columns?|rows|buckets?|s3|volumes?|disks?|ebs|efs|snapshots?|backups?|storage\s+accounts?|blob|cosmos\w*|bigquery|redshift|elasticache|opensearch|documentdb|keyspaces?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DataStore();
}
