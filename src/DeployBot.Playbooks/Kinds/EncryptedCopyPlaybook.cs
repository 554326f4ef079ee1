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

        var db = EncryptedCopyCommands.Id(copy);
        yield return Manual(Phase.Prepare, $"Check the target before the downtime: {copy.Key} exists and is enabled (`aws kms describe-key --key-id {copy.KmsKey ?? "<key>"}`) and the RDS role may use it; {EncryptedCopyCommands.Inventory(copy)}", null, 5);
        if (copy.Terraform)
        {
            yield return Manual(Phase.Prepare, $"Run `terraform plan` for the change and have a second person review it: it must show {EncryptedCopyCommands.Replaced(copy)}, never an in-place edit, and nothing that deletes the old {copy.Unit} tonight; record the current state version", facts.Paths.Terraform, 10);
        }

        var (stop, run, check, swap) = Split(copy.DowntimeMinutes ?? UnstatedDowntime);
        var stated = copy.DowntimeMinutes is { } minutes ? $"~{minutes} min, as the notes say"
            : Rehearsal.IsRehearsal(facts) ? $"an estimate of about {UnstatedDowntime} min: time this run and {Rehearsal.RecordTime}"
            : $"an estimate of about {UnstatedDowntime} min: replace it with the time the staging rehearsal took";
        yield return Manual(Phase.Upgrade, $"Start the downtime ({stated}; post the start time in the release channel): put the apps that write to {copy.Name} in maintenance mode, confirm that no write reaches it (no application sessions left), then take the final snapshot {EncryptedCopyCommands.Snapshot(copy)} and record its id in the thread", facts.Paths.Snapshot, stop);
        var restore = copy.Terraform ? "or `terraform apply` of the reviewed plan, which does this" : "with the settings written down above";
        yield return Automated(Phase.Upgrade, EncryptedCopyCommands.CopyAndRestore(copy, restore), null, run);
        var members = copy.Cluster ? ", and its writer and readers are `available`" : string.Empty;
        yield return Manual(Phase.Upgrade, $"Verify the copy before the swap: {EncryptedCopyCommands.Describe(copy, $"{db}-encrypted")} shows `StorageEncrypted: true` and {(copy.KmsKey is null ? copy.Key : $"the KMS key {copy.Key}")}{members}; row counts of the largest tables and the latest write timestamp match {copy.Name}", null, check);
        yield return Manual(Phase.Switch, $"Swap: rename {copy.Name} to {copy.OldName}, then {copy.CopyName} to {copy.Name} ({EncryptedCopyCommands.Rename(copy)}){(copy.SameEndpoint ? $", or repoint the CNAME apps use at {EncryptedCopyCommands.NewEndpoint(copy)}" : string.Empty)}; apps keep the name they connect to, so no config change and no restart. End the downtime once one test write through the app lands on the encrypted {copy.Unit}, and post the end time; if it runs past the stated downtime, the rollback owner decides at once between finishing and swapping back", null, swap);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var copy = facts.EncryptedCopy;
        var downtime = copy?.DowntimeMinutes is { } minutes ? $"the ~{minutes} min downtime" : "the downtime";
        var name = copy?.Name ?? "the database";
        var rehearsed = Rehearsal.IsRehearsal(facts)
            ? $"{Rehearsal.ThisRun(facts)}: time the snapshot, encrypted copy and restore of {name} and {Rehearsal.RecordTime}{(copy?.DowntimeMinutes is null ? string.Empty : $" (it must fit {downtime} the notes give)")}"
            : $"the snapshot, encrypted copy and restore of {name} were rehearsed on a staging copy and fit {downtime}";
        yield return $"Encrypted copy: {rehearsed}; {downtime} is announced to its users; {copy?.Key ?? "the KMS key"} exists; the database owner approves the swap; the old {copy?.Unit ?? "instance"} is kept (not deleted) until verification passes.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        var copy = facts.EncryptedCopy;
        var describe = copy?.Cluster == true ? "`aws rds describe-db-clusters`" : "`aws rds describe-db-instances`";
        yield return $"Encryption: {describe} for {copy?.Name ?? "the database"} (now the restored copy) shows `StorageEncrypted: true` with {copy?.Key ?? "the new KMS key"}; apps connect through the same name without connection errors, and their error rate and query latency match the baseline.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        var copy = facts.EncryptedCopy;
        var unit = copy?.Unit ?? "instance";
        var (name, old) = (copy?.Name ?? "the database", copy?.OldName ?? $"the old {unit}");
        yield return $"Encrypted copy rollback: until writes go to the encrypted {unit}, swap back (rename it away and {old} back to {name}, or repoint the CNAME) — the old unencrypted {unit} is kept, untouched, until verification passes. Once writes have landed on the encrypted {unit}, swapping back loses them unless they are copied back to the old one (export them by timestamp and re-apply), so decide before the downtime ends. Deleting the old unencrypted {unit} is a later follow-up with its own approval, never part of this window.";
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
