using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The 27th session's final read: PrivateBin 2.0.0's "Minimum required PHP version is 7.4" got no platform check, because
/// the version was only read right after the name ("PHP 7.4"). The notes here are this file's own.
/// </summary>
public sealed class Review27FloorTests
{
    [Theory]
    [InlineData("## 5.0.0\n* CHANGED: Minimum required PHP version is 8.1, due to a change in the templating library\n* FIXED: Broken upload button\n", "PHP 8.1")]
    [InlineData("## 3.0.0\n- The minimum supported Python version is now 3.10.\n- Fixed a crash on empty input.\n", "Python 3.10")]
    public void AFloorWrittenAsVersionIs_IsCheckedBeforeTheWindow(string notes, string floor)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "Supported platform") && Has(line, floor));
    }

    [Fact]
    public void AVersionSentenceWithNoFloorWord_SetsNoFloor()
    {
        var plan = Plan("## 2.4.1\n- The bundled PHP version is shown on the status page.\n- Fixed a crash on empty input.\n");

        Assert.DoesNotContain(plan.PreDeploymentChecks, line => Has(line, "Supported platform"));
    }
}
