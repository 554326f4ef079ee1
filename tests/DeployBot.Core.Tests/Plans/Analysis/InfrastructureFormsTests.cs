using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Infrastructure as changelogs write it (the sixteenth session): a base image's distribution with its version glued on
/// (debian12, ubuntu22.04), a serverless function's layer, and the resources of a Terraform provider in the form every
/// HashiCorp-style provider prefixes its items with (<c>resource/acme_cluster:</c>), which are a vendor's cloud resources
/// unless the provider manages the platform itself (<c>resource/kubernetes_*</c>). Made-up items.
/// </summary>
public sealed class InfrastructureFormsTests
{
    [Theory]
    [InlineData("- deps: move the controller image from debian11 to debian12")]
    [InlineData("- Build the agent on ubuntu22.04")]
    [InlineData("- The release publishes the Lambda layer under its new name.")]
    public void Analyze_ABaseImageOrServerlessLayer_IsInfra(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Infra));

    [Theory]
    [InlineData("- resource/acmecloud_search_index: Changes `node_count` to Required (#120)")]
    [InlineData("- data-source/acmecloud_projects: Removes the deprecated `org_name` attribute (#121)")]
    public void Analyze_ATerraformResourceOfAVendor_IsAVendorsInfrastructure(string item)
    {
        var analysis = ReleaseAnalyzer.Analyze(item);

        Assert.True(analysis.Has(RiskArea.Infra));
        Assert.True(analysis.Has(RiskArea.External));
    }

    [Fact]
    public void Analyze_ATerraformResourceOfThePlatform_IsNoVendor()
    {
        var analysis = ReleaseAnalyzer.Analyze("- resource/kubernetes_cron_job_v1: Add the `timezone` attribute (#122)");

        Assert.True(analysis.Has(RiskArea.Infra));
        Assert.False(analysis.Has(RiskArea.External));
    }
}
