using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A command that installs what the new version reads as it starts (CRDs its controller watches, a schema, a stated
/// prerequisite), or any command in a "Before upgrading"/"Prerequisites" section, runs before the rollout; the notes'
/// own "after upgrading" or post-upgrade section keeps a command after it, and other commands keep their place.
/// </summary>
public sealed class PrerequisiteCommandTests
{
    private static readonly OfflinePlanner Planner = new();

    private static List<string> Actions(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return [.. plan.Steps.Select(step => step.Action)];
    }

    private static (int Command, int Rollout) Positions(List<string> actions, string command)
    {
        var at = actions.FindIndex(action => action.Contains(command, StringComparison.Ordinal));
        var rollout = actions.FindIndex(action => action.StartsWith("Start the rollout of", StringComparison.Ordinal));
        Assert.True(at >= 0 && rollout >= 0, string.Join("\n", actions));
        return (at, rollout);
    }

    [Theory]
    [InlineData("## 1.9.0\n\n### Upgrading\n\nApply the updated CustomResourceDefinitions; the operator watches the new `spec.tls` field:\n\n```bash\nkubectl apply -f https://example.com/operator/v1.9.0/crds.yaml\n```", "kubectl apply -f https://example.com/operator/v1.9.0/crds.yaml")]
    [InlineData("## 5.0.0\n\n## Before upgrading\n\nRun the following to pause the indexer:\n\n```sh\n./bin/search-admin pause --all\n```", "./bin/search-admin pause --all")]
    [InlineData("## 3.1.0\n\n### Prerequisites\n\nRun `helm upgrade my-crds ./charts/crds --install` to register the new resource kinds.", "helm upgrade my-crds ./charts/crds --install")]
    public void CreatePlan_CommandThatInstallsWhatTheNewVersionReads_RunsBeforeTheRollout(string notes, string command)
    {
        var actions = Actions(notes);

        var (at, rollout) = Positions(actions, command);
        Assert.True(at < rollout, string.Join("\n", actions));
        Assert.StartsWith("Before the rollout, run", actions[at], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## 1.9.0\n\n### Upgrading\n\nAfter upgrading, apply the new CRDs so that the old resources are converted:\n\n```bash\nkubectl apply -f https://example.com/operator/v1.9.0/crds.yaml\n```", "kubectl apply -f https://example.com/operator/v1.9.0/crds.yaml")]
    [InlineData("## 1.9.0\n\n### Post-upgrade\n\nApply the updated CRDs:\n\n```bash\nkubectl apply -f https://example.com/operator/v1.9.0/crds.yaml\n```", "kubectl apply -f https://example.com/operator/v1.9.0/crds.yaml")]
    [InlineData("## 27.0.0\n\n### Upgrade notes\n\nYou must re-run the repair step:\n\n```bash\nsudo -u www-data php occ maintenance:repair\n```", "php occ maintenance:repair")]
    public void CreatePlan_CommandTheNotesPutAfterOrThatInstallsNothing_StaysAfterTheRollout(string notes, string command)
    {
        var actions = Actions(notes);

        var (at, rollout) = Positions(actions, command);
        Assert.True(at > rollout, string.Join("\n", actions));
    }
}
