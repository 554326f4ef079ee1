using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the 31st session's reading of the FRESH28 plans found (Icinga Web 2.11): "Migrate yours with `icingacli migrate
/// preferences` before the upgrade" asked nothing of the plan, because the item says it as a plain imperative with a command,
/// not with "you must" or "is required". Such a command with its timing is a step before the rollout. The notes here are
/// this file's own.
/// </summary>
public sealed class Review32PreUpgradeCommandTests
{
    [Theory]
    [InlineData("## Upgrading to 4.2\n\n- Saved filters stored in YAML files are not read anymore. Migrate yours with `appctl migrate filters` before the upgrade, if you haven't already.\n- Support for Safari 14 has been removed.\n", "appctl migrate filters")]
    [InlineData("## 7.0.0\n\n* Export the old job definitions with `jobs export --all` prior to upgrading; 7.0 reads only the new format.\n", "jobs export --all")]
    public void ImperativeCommandBeforeTheUpgrade_IsAStepBeforeTheRollout(string notes, string command)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);
        var asked = steps.FindIndex(action => Has(action, "do what the notes ask") && Has(action, command));
        var rollout = steps.FindIndex(action => Has(action, "Start the rollout") || Has(action, "start") && Has(action, "once"));

        Assert.True(asked >= 0, Dump(plan));
        Assert.True(rollout > asked, Dump(plan));
    }

    /// <summary>A command the notes only mention, with no request and no timing, asks nothing.</summary>
    [Fact]
    public void CommandMentionedWithoutTiming_AsksNothing()
    {
        var plan = Plan("## 4.3\n\n- The output of `appctl list filters` is now sorted by name.\n- Faster start.\n");

        Assert.DoesNotContain(Actions(plan), action => Has(action, "do what the notes ask"));
    }
}
