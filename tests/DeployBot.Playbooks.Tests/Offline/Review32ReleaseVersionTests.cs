using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the 32nd session's reading of the FRESH29 plans found: the version a plan rolls out was the version being left
/// ("# UPGRADE FROM `1.14` TO `2.0`" rolled out 1.14) or a version the notes only mention in passing ("was added in 2.8.0"
/// rolled out the release that brought the vulnerability). The notes here are this file's own.
/// </summary>
public sealed class Review32ReleaseVersionTests
{
    [Fact]
    public void UpgradeGuideHeadingWithCodeSpans_RollsOutTheTargetVersion()
    {
        var plan = Plan("# UPGRADE FROM `3.9` TO `4.0`\n\n## Configuration\n\n* The `shop_legacy.bus` option was removed. Use `shop.command_bus` instead.\n");
        var steps = Actions(plan);

        Assert.Contains(steps, action => Has(action, "version 4.0"));
        Assert.DoesNotContain(steps, action => Has(action, "version 3.9"));
    }

    [Fact]
    public void VersionNamedOnlyInPassing_IsNotTheVersionRolledOut()
    {
        var plan = Plan("= Security Fix\n\n* Do not evaluate partial templates twice\n\n  Since 1.4.0, partial output was evaluated again. This was introduced in 1.4.0 when support for\n  a second template engine was added, and user input in a partial could run code.\n");
        var text = Dump(plan);

        Assert.DoesNotContain("version 1.4.0", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1.4.0 as a canary", text, StringComparison.OrdinalIgnoreCase);
    }
}
