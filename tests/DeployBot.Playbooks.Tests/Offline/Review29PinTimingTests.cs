using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 29 (FRESH26 sweep, community.mysql 4.0.0): "the argument's default value has been changed to true. If your
/// playbook expected …, you should set this to false explicitly (https://…/issues/578)." was done "once the new version
/// runs" and quoted as "… explicitly (". Pinning the old default is a choice made before the rollout, and a cited link
/// leaves nothing behind in the quote. Notes of the same form in another project's words.
/// </summary>
public sealed class Review29PinTimingTests
{
    private const string PinAsk = "## 3.0.0\n\n### Breaking Changes\n\n- archive_job - the `compress` option now defaults to `true`. If your restore scripts expect plain tar files, you should set `compress` to `false` explicitly (https://github.com/acme/ops/issues/88).\n";

    private static int Rollout(List<string> steps) =>
        steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal) || action.StartsWith("Roll out", StringComparison.Ordinal) || action.StartsWith("Run the playbook", StringComparison.Ordinal));

    [Fact]
    public void SetTheOldValueExplicitly_IsDoneBeforeTheRollout()
    {
        var plan = Plan(PinAsk);
        var steps = Actions(plan);

        var pin = steps.FindIndex(action => Has(action, "compress") && Has(action, "explicitly"));
        Assert.True(pin >= 0 && pin < Rollout(steps), Dump(plan));
        Assert.DoesNotContain(steps, action => action.StartsWith("Once the new version runs", StringComparison.Ordinal) && Has(action, "compress"));
    }

    [Fact]
    public void ACitedLink_LeavesNoDanglingParenthesisInTheQuote()
    {
        var plan = Plan(PinAsk);

        var texts = Actions(plan).Concat(plan.PreDeploymentChecks);
        Assert.Contains(texts, text => Has(text, "set compress to false explicitly\""));
        Assert.DoesNotContain(texts, text => Has(text, "explicitly (") || Has(text, "github.com/acme/ops/issues"));
    }

    /// <summary>An ask the notes place after the upgrade stays after the rollout (counterexample).</summary>
    [Fact]
    public void AnAskAfterUpgrading_StaysAfterTheRollout()
    {
        var plan = Plan("## 3.0.0\n\n### Upgrade notes\n\n- Once you have upgraded, you should set `compress` to `false` explicitly on hosts with old restore scripts.\n");
        var steps = Actions(plan);

        var ask = steps.FindIndex(action => Has(action, "compress"));
        Assert.True(ask > Rollout(steps), Dump(plan));
    }
}
