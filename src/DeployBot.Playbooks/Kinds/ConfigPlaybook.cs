using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Config or secret: apply before the code that reads it, reload or restart (no image when it is config only),
/// and know when the old value stops working (revocation ends the easy rollback).</summary>
internal sealed class ConfigPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Config;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var keys = Keys(facts);
        yield return Manual(Phase.Prepare, $"Record the current version of {keys} in the secret store or config history as the rollback target, and note when the old value will be revoked", facts.Paths.ConfigMap, 5);
        yield return Automated(Phase.Expand, $"Apply the new {keys} to {facts.Env} before anything reads it (a second person reviews the diff; no secret in the repository){Wording.Items(facts.ItemsWith(RiskArea.Config))}", facts.Paths.ConfigMap, 5);
        if (!facts.Is(ChangeKind.Image))
        {
            var service = facts.Names.Services.Count > 0 ? Wording.List(facts.Names.Services) : "the service";
            yield return Automated(Phase.Rollout, $"Restart {service} with a rolling restart (no new image) so every pod reads the new {keys}", facts.Paths.Deployment, 10);
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        yield return $"Config and secrets: the new {Keys(facts)} exists in {facts.Env} and was reviewed by a second person; the old value stays valid until verification passes.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return $"Config: the running pods report the new config version for {Keys(facts)}, with no startup errors about missing settings or secrets and no auth failures against the services that use it.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        yield return $"Config rollback: re-apply the previous version of {Keys(facts)} and restart; this works only until the old value is revoked, so revoke it only after verification passes.";
    }

    private static string Keys(PlanFacts facts) =>
        facts.Names.Keys.Count > 0 ? Wording.Code(facts.Names.Keys) : "settings and secrets";
}
