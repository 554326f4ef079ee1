using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A Terraform module's submodule renamed to a single word ("`queue-with-dlq` has been renamed to `queue`", left open by the
/// 30th session's fixer): it is a new set of resource addresses that needs `moved` blocks, not an input renamed in the
/// module block. Failed on main at 5fd4882 (the rename was planned as an input rename). The notes are this file's own.
/// </summary>
public sealed class Review31SubmoduleTests
{
    private const string Notes = "# Upgrade from v4.x to v5.x\n\nIf you have any questions regarding this upgrade process, please open an issue ([#88](https://github.com/acme-infra/terraform-aws-messaging/pull/88)).\n\nTerraform `v1.5.7` is now minimum supported version.\n\n## Submodules\n\n- `queue-with-dlq` has been renamed to `queue`\n- `topic-subscription` has been renamed to `subscription`\n\n## Variables\n\n- `var.visibility_timeout` has been renamed to `var.visibility_timeout_seconds`\n";

    [Fact]
    public void ASubmoduleRenamedToOneWord_GetsMovedBlocks()
    {
        var plan = Plan(Notes);

        var moved = Assert.Single(Actions(plan), step => Has(step, "uses a submodule the notes rename"));
        Assert.Contains("queue-with-dlq", moved, StringComparison.Ordinal);
        Assert.Contains("topic-subscription", moved, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubmoduleRenamedToOneWord_IsNotAnInputRename()
    {
        var plan = Plan(Notes);

        var inputs = Assert.Single(Actions(plan), step => Has(step, "Rename the inputs"));
        Assert.DoesNotContain("queue-with-dlq", inputs, StringComparison.Ordinal);
        Assert.Contains("visibility_timeout", inputs, StringComparison.Ordinal);
    }
}
