using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What must hold or be decided before an upgrade (FRESH27 postgres-operator v2: "Make sure that your used clients and drivers
/// support scram-sha-256 as pods will get rotated … after updating", and its `password_encryption: md5` opt-out), and a
/// framework's migration with a rehearsal the notes ask for (FRESH27 django CMS 5.0: `python -m manage migrate`, "run the
/// migration in a test environment first"). The notes here are this file's own, in other projects' words.
/// </summary>
public sealed class Review31PreconditionTests
{
    private const string Envelope = "## Broker 5.0\n\nThe broker now writes v2 envelopes by default. Unless you set `envelope.version: 1` in the broker config the server will write every new message as a v2 envelope. Make sure that all your consumers support the v2 envelope format, as brokers will be restarted one by one after upgrading to 5.0.\n";

    /// <summary>"Make sure that your X support Y … after upgrading" is a check before the rollout (main: "Once the new version runs, do what the notes ask").</summary>
    [Fact]
    public void MakeSureYourClientsSupport_IsACheckBeforeTheRollout()
    {
        var plan = Plan(Envelope);
        var actions = Actions(plan);

        var check = actions.FindIndex(step => Has(step, "check what the notes ask you to make sure of") && Has(step, "consumers support the v2 envelope"));
        var rollout = actions.FindIndex(step => Has(step, "Start the rollout") || Has(step, "helm upgrade"));
        Assert.True(check >= 0 && (rollout < 0 || check < rollout), Dump(plan));
        Assert.DoesNotContain(actions, step => Has(step, "Once the new version runs") && Has(step, "consumers support"));
    }

    /// <summary>"Unless you set `x` … the server will …": the owner decides before the rollout whether to keep the old behaviour.</summary>
    [Fact]
    public void UnlessYouSetTheOldValue_IsADecisionBeforeTheRollout()
    {
        var plan = Plan(Envelope);
        var actions = Actions(plan);

        var decide = actions.FindIndex(step => Has(step, "decide with the service owner") && Has(step, "`envelope.version: 1`"));
        var check = actions.FindIndex(step => Has(step, "check what the notes ask you to make sure of"));
        Assert.True(decide >= 0 && decide < check, Dump(plan));
    }

    private const string FrameworkMigration = "Upgrading to Forum 4.0\n======================\n\nUpdate your requirements to Forum 4.0 and run the migrations::\n\n    python -m manage migrate\n\n.. warning::\n\n    Because the migrations rewrite the comment tree, you should run them against a staging database first to make sure they succeed.\n";

    /// <summary>
    /// The framework's migration runs with the deploy, after the snapshot and before the new version takes traffic, and "run
    /// it in a staging database first" is a rehearsal checked before the window (main: both "once the new version runs").
    /// </summary>
    [Fact]
    public void FrameworkMigration_RunsBeforeTraffic_AndItsRehearsalIsACheck()
    {
        var plan = Plan(FrameworkMigration);
        var actions = Actions(plan);

        var snapshot = actions.FindIndex(step => Has(step, "snapshot"));
        var migrate = actions.FindIndex(step => Has(step, "`python -m manage migrate`"));
        var canary = actions.FindIndex(step => Has(step, "as a canary"));
        Assert.True(snapshot >= 0 && snapshot < migrate && migrate < canary, Dump(plan));
        Assert.StartsWith("Right after the snapshot and before traffic moves", actions[migrate], StringComparison.Ordinal);
        Assert.DoesNotContain(actions, step => Has(step, "staging database first"));
        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "Rehearsal the notes ask for") && Has(line, "staging"));
    }
}
