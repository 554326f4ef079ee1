using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Tests.Changes;

/// <summary>Whose changelog the notes are: a Terraform provider's, a Terraform module's or a Helm chart's, or an application's.</summary>
public sealed class PackagedReleaseTests
{
    [Theory]
    [InlineData("## 5.2.0\n\n* Fix retries ([#1298](https://github.com/hashicorp/terraform-provider-azurerm/pull/1298))", "TerraformProvider", "azurerm")]
    [InlineData("## [7.0.1](https://github.com/terraform-aws-modules/terraform-aws-rds/compare/v7.0.0...v7.0.1)\n\n### Bug Fixes\n\n* Update min required terraform version", "TerraformModule", "rds")]
    [InlineData("## 0.29.1\n\nBugs:\n* server: restore support for templated config [GH-1073](https://github.com/hashicorp/vault-helm/pull/1073)", "HelmChart", null)]
    [InlineData("## 3.2.1\n\nBUG FIXES:\n\n* `resource/kubernetes_secret_v1`: Fix `Missing Resource Identity After Create` error", "TerraformProvider", null)]
    [InlineData("## 1.4.0\n\nFEATURES:\n\n* **New Data Source:** `acme_widget_list`", "TerraformProvider", null)]
    [InlineData("## 3.0.0\n\nThis release migrates the provider from `terraform-plugin-sdk/v2` to `terraform-plugin-framework`.", "TerraformProvider", null)]
    [InlineData("### 4.0.0\n\n#### Breaking changes\n\n- The chart now require Kubernetes 1.28+, up from 1.23+", "HelmChart", null)]
    [InlineData("## chart-v8.7.1\n\n- Upgrade Emissary to v3.7.1", "HelmChart", null)]
    [InlineData("## 3.225.1\n\n* Update `fips.image.tag` to `1.1.27` fixing CVEs and updating packages.", "HelmChart", null)]
    public void Read_TheNotesOfAPackage_SayWhichPackage(string notes, string kind, string? name)
    {
        var package = PackagedRelease.Read(notes, null);

        Assert.NotNull(package);
        Assert.Equal(kind, package.Kind.ToString());
        Assert.Equal(name, package.Name);
    }

    [Fact]
    public void Read_TheLinkTheNotesCameFrom_NamesTheRepositoryFirst()
    {
        var package = PackagedRelease.Read("## v6.0.0\n\n- Bump dependencies", "https://github.com/hashicorp/terraform-provider-aws/releases/tag/v6.0.0");

        Assert.Equal(Package.TerraformProvider, package?.Kind);
        Assert.Equal("aws", package?.Name);
        Assert.Equal("version 6.0.0", package?.Target);
    }

    [Theory]
    [InlineData("## 2.4.0\n\n- Helm chart: add `podAnnotations` to the worker Deployment\n- Fix the export of large reports")]
    [InlineData("Upgrade the AWS provider to 5.x in infra/terraform and add the orders queue")]
    [InlineData("## v10.0.0\n\n- New Data Source: CSV/Excel Files\n- The chart widget now shows a legend")]
    [InlineData("## v1.6.0\n\n- Fix drift detection ([#812](https://github.com/fluxcd/helm-controller/pull/812))")]
    [InlineData("## 1.15.0\n\n- `terraform test` runs in parallel ([#3001](https://github.com/hashicorp/terraform/pull/3001))")]
    [InlineData("The provider now retries webhook deliveries for 24 hours; set STRIPE_WEBHOOK_SECRET before the rollout")]
    [InlineData("## 4.1.2\n\n- The worker image tag is now `4.1.2`; `image.tag` in your own values is no longer needed")]
    public void Read_AnApplicationOrAToolsNotes_AreNoPackage(string notes)
    {
        Assert.Null(PackagedRelease.Read(notes, null));
    }
}
