using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Infrastructure (Helm, Terraform, manifests): the plan or diff reviewed first, then applied; rollback is
/// <c>helm rollback</c> or the previous state, not "the previous image".</summary>
internal sealed class InfraPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Infra;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (UsesTerraform(facts))
        {
            yield return Manual(Phase.Prepare, "Run `terraform plan` and have a second person review the diff (no unexpected destroy or replace); record the current state version", facts.Paths.Terraform, 10);
            yield return Manual(Phase.Expand, $"Apply the reviewed plan with `terraform apply` and wait until the changed resources report healthy{Wording.Items(facts.ItemsWith(RiskArea.Infra))}", facts.Paths.Terraform, 15);
        }

        if (UsesHelm(facts) || !UsesTerraform(facts))
        {
            var chart = facts.Paths.Chart;
            yield return Manual(Phase.Prepare, $"Run `helm diff upgrade` with `{chart}` against {facts.Env}, have a second person review it, and record the current release revision (`helm history`)", chart, 10);
            yield return Automated(Phase.Rollout, $"Apply `{chart}` with `helm upgrade --atomic` and wait until every pod is ready{Wording.Items(facts.ItemsWith(RiskArea.Infra))}", chart, 10);
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        yield return "Infrastructure: the plan/diff output is reviewed and attached to this plan, and there is capacity headroom for the change.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Infrastructure: rollout status is complete, load balancer targets are healthy, and node and pod resource use is within limits.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (UsesHelm(facts) || !UsesTerraform(facts))
        {
            yield return $"Infrastructure rollback: `helm rollback` to the revision recorded before the upgrade (`{facts.Paths.Chart}` stays as it was), then check that every pod is ready.";
        }

        if (UsesTerraform(facts))
        {
            yield return "Infrastructure rollback: re-apply the previous state from version control with `terraform apply` after reviewing its plan.";
        }
    }

    private static bool UsesTerraform(PlanFacts facts) =>
        facts.Notes.Contains("terraform", StringComparison.OrdinalIgnoreCase)
        || facts.Names.Files.Any(file => file.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase));

    private static bool UsesHelm(PlanFacts facts) =>
        facts.Notes.Contains("helm", StringComparison.OrdinalIgnoreCase)
        || facts.Names.Charts.Any(path => !path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase));
}
