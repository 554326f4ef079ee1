using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 30 (terraform-aws-iam 6.0 after the module fixes): "Check the Terraform version before `terraform init`" came
/// two steps after the step that raises the module version and runs `terraform init -upgrade`, which is what fails
/// below the floor. The floors are checked first. Notes of the same form in another module's words.
/// </summary>
public sealed class Review30FloorOrderTests
{
    [Fact]
    public void AModulesTerraformFloor_IsCheckedBeforeTheInitThatNeedsIt()
    {
        var steps = Actions(Plan("## [4.0.0](https://github.com/terraform-aws-modules/terraform-aws-sqs/compare/v3.2.0...v4.0.0) (2026-05-02)\n\n"
            + "### ⚠ BREAKING CHANGES\n\n* Terraform `v1.6.0` is now minimum supported version\n* Add support for FIFO throughput limits\n"));

        var floor = steps.FindIndex(action => Has(action, "Terraform 1.6.0 the minimum"));
        var init = steps.FindIndex(action => Has(action, "run `terraform init -upgrade`"));
        Assert.True(floor >= 0 && init >= 0 && floor < init, string.Join("\n", steps));
    }
}
