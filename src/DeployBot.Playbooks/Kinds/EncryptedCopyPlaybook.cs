using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Encryption at rest for a database that cannot be encrypted in place (<see cref="EncryptedCopy"/>): inside the stated
/// downtime, writes stop, a final snapshot is taken, copied encrypted under the named KMS key and restored as a new
/// instance, which is checked and swapped in under the name apps already use. Nothing is applied to the apps and nothing
/// restarts. The old unencrypted instance stays, untouched, as the way back until verification passes; deleting it is a
/// later change of its own.
/// </summary>
internal sealed class EncryptedCopyPlaybook : IPlaybook
{
    /// <summary>Minutes planned for the downtime when the notes give none: snapshot, copy and restore of a mid-sized instance.</summary>
    private const int UnstatedDowntime = 45;

    public ChangeKind Kind => ChangeKind.EncryptedCopy;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.EncryptedCopy is not { } copy)
        {
            yield break;
        }

        var db = copy.Database ?? "<instance>";
        yield return Manual(Phase.Prepare, $"Check the target before the downtime: {copy.Key} exists and is enabled (`aws kms describe-key --key-id {copy.KmsKey ?? "<key>"}`) and the RDS role may use it; write down {copy.Name}'s instance class, parameter group, subnet group, security groups and backup settings, so the encrypted copy gets the same; turn on deletion protection for {copy.Name} (it is kept as the way back)", null, 5);
        if (copy.Terraform)
        {
            yield return Manual(Phase.Prepare, $"Run `terraform plan` for the change and have a second person review it: it must show {copy.Name} replaced by a new instance restored from the encrypted snapshot (`storage_encrypted = true`, `kms_key_id` = {copy.Key}), never an in-place edit, and nothing that deletes the old instance tonight; record the current state version", facts.Paths.Terraform, 10);
        }

        var (stop, run, check, swap) = Split(copy.DowntimeMinutes ?? UnstatedDowntime);
        var stated = copy.DowntimeMinutes is { } minutes ? $"~{minutes} min, as the notes say" : $"an estimate of about {UnstatedDowntime} min: replace it with the time the staging rehearsal took";
        yield return Manual(Phase.Upgrade, $"Start the downtime ({stated}; post the start time in the release channel): put the apps that write to {copy.Name} in maintenance mode, confirm that no write reaches it (no application sessions left), then take the final snapshot `aws rds create-db-snapshot --db-instance-identifier {db} --db-snapshot-identifier {db}-pre-encryption` and record its id in the thread", facts.Paths.Snapshot, stop);
        var restore = copy.Terraform ? "or `terraform apply` of the reviewed plan, which does this" : "with the settings written down above";
        yield return Automated(Phase.Upgrade, $"Copy the snapshot encrypted with the KMS key: `aws rds copy-db-snapshot --source-db-snapshot-identifier {db}-pre-encryption --target-db-snapshot-identifier {db}-encrypted --kms-key-id {copy.KmsKey ?? "<key>"}`, then restore a new instance from it: `aws rds restore-db-instance-from-db-snapshot --db-instance-identifier {db}-encrypted --db-snapshot-identifier {db}-encrypted` ({restore}), and wait until it is `available`", null, run);
        yield return Manual(Phase.Upgrade, $"Verify the copy before the swap: `aws rds describe-db-instances --db-instance-identifier {db}-encrypted` shows `StorageEncrypted: true` and {(copy.KmsKey is null ? copy.Key : $"the KMS key {copy.Key}")}; row counts of the largest tables and the latest write timestamp match {copy.Name}", null, check);
        yield return Manual(Phase.Switch, $"Swap: rename {copy.Name} to {copy.OldName}, then {copy.CopyName} to {copy.Name} (`aws rds modify-db-instance --new-db-instance-identifier … --apply-immediately`){(copy.SameEndpoint ? ", or repoint the CNAME apps use at the new instance's endpoint" : string.Empty)}; apps keep the name they connect to, so no config change and no restart. End the downtime once one test write through the app lands on the encrypted instance, and post the end time; if it runs past the stated downtime, the rollback owner decides at once between finishing and swapping back", null, swap);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var copy = facts.EncryptedCopy;
        var downtime = copy?.DowntimeMinutes is { } minutes ? $"the ~{minutes} min downtime" : "the downtime";
        yield return $"Encrypted copy: the snapshot, encrypted copy and restore of {copy?.Name ?? "the database"} were rehearsed on a staging copy and fit {downtime}; {downtime} is announced to its users; {copy?.Key ?? "the KMS key"} exists; the database owner approves the swap; the old instance is kept (not deleted) until verification passes.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        var copy = facts.EncryptedCopy;
        yield return $"Encryption: `aws rds describe-db-instances` for {copy?.Name ?? "the database"} (now the restored copy) shows `StorageEncrypted: true` with {copy?.Key ?? "the new KMS key"}; apps connect through the same name without connection errors, and their error rate and query latency match the baseline.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        var copy = facts.EncryptedCopy;
        var (name, old) = (copy?.Name ?? "the database", copy?.OldName ?? "the old instance");
        yield return $"Encrypted copy rollback: until writes go to the encrypted instance, swap back (rename it away and {old} back to {name}, or repoint the CNAME) — the old unencrypted instance is kept, untouched, until verification passes. Once writes have landed on the encrypted instance, swapping back loses them unless they are copied back to the old one (export them by timestamp and re-apply), so decide before the downtime ends. Deleting the old unencrypted instance is a later follow-up with its own approval, never part of this window.";
    }

    /// <summary>The downtime over its steps: a quarter to stop writes and snapshot, half to copy and restore, the rest to check and swap.</summary>
    private static (int Stop, int Run, int Check, int Swap) Split(int minutes)
    {
        var total = Math.Max(minutes, 4);
        var stop = total / 4;
        var run = total / 2;
        var check = Math.Max(1, (total - stop - run) / 2);
        return (stop, run, check, total - stop - run - check);
    }
}
