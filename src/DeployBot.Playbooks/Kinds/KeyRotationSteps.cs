using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// An API key rolled in the vendor's dashboard (<see cref="KeyRotation.RolledAtVendor"/>): the vendor keeps the old key
/// working until the expiry set when rolling it, so the new key goes into the secret store, every consumer restarts
/// onto it, and one real test charge with its webhook proves it before the old key expires. Nothing is built: the
/// proof is the key, not a release. The way back is the old key, and only until its expiry.
/// </summary>
internal static class KeyRotationSteps
{
    /// <summary>The key is rolled at a vendor, outside an incident (where the running key is the broken one).</summary>
    public static string? Vendor(PlanFacts facts) => Urgency.IsIncident(facts) ? null : KeyRotation.RolledAtVendor(facts.Notes);

    /// <summary>Rolled after the current version is recorded and before the new one is applied, in the same phase.</summary>
    public static TimedStep Roll(Phase phase, string vendor) =>
        Manual(phase, $"Roll the key in the {vendor} dashboard with an expiry on the old key that covers the restart and verification below (until then {vendor} accepts both keys), write that expiry time in the plan's thread, and list every service and job that holds the old key", null, 5);

    /// <summary>One real charge with the new key, in the environment itself: a sandbox run would test a build nobody made.</summary>
    public static TimedStep Test(PlanFacts facts, string vendor, string keys) =>
        facts.IsProduction
            ? Manual(Phase.AfterRollout, $"With the new {keys} in every consumer, make one small live test charge in {facts.Env}, refund it, and check that its {vendor} webhook was delivered and acknowledged; on the {vendor} dashboard's API keys page the old key shows no use after the restart", null, 10)
            : Manual(Phase.AfterRollout, $"With the new {keys} in every consumer, make one test charge in {facts.Env} (test mode) and check that its {vendor} webhook was delivered and acknowledged; the old key shows no use after the restart", null, 10);

    /// <summary>What the record step notes about the old key: its expiry at the vendor ends the easy way back.</summary>
    public static string OldKeyNote(string vendor, string? when) =>
        $": once rolled below, the old key works only until the expiry set on it in the {vendor} dashboard{(when is null ? string.Empty : $" (revoked {when}, as the notes say)")}";

    public static string Verification(string vendor, string keys) =>
        $"{vendor} key: the test charge with the new {keys} succeeded and its webhook was acknowledged, the logs show no {vendor} authentication errors (401, `api_key_expired`), and no consumer still sends the old key.";

    public static string Rollback(string vendor, string keys, string? when) =>
        $"Key rollback: put the old {keys} back in the secret store (the version recorded before the roll) and restart its consumers; this works only while the old key has not expired or been revoked in the {vendor} dashboard{(when is null ? " (the expiry set when rolling it)" : $" ({when}, as the notes say)")}. After that the old key is dead, so the way back is rolling another new key, not the old one.";
}
