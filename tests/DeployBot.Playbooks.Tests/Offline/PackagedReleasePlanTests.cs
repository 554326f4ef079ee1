using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A Terraform provider, module or Helm chart release is adopted by raising its version pin and applying it: the plan
/// backs up the state or records the revision, reviews the plan or diff, applies, and goes back to the previous pin;
/// it never canaries an image of the operator's or undoes one with <c>kubectl rollout undo</c>.
/// </summary>
public sealed class PackagedReleasePlanTests
{
    private static readonly OfflinePlanner Planner = new();

    private static DeploymentPlan Plan(string notes) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

    private static string Text(IEnumerable<string> lines) => string.Join('\n', lines);

    private const string Provider = "## 3.0.0 (Jun 18, 2025)\n\nThis release migrates the provider from `terraform-plugin-sdk/v2` to `terraform-plugin-framework`.\n\nBREAKING CHANGES:\n\n- Blocks like `kubernetes` and `registry` are now represented as nested objects.\n- The provider uses Terraform Plugin Protocol Version 6, compatible with Terraform 1.0 and above.";

    [Fact]
    public void ProviderRelease_BacksUpTheStatePinsTheVersionAndReviewsThePlan()
    {
        var plan = Plan(Provider);
        var steps = Text(plan.Steps.Select(step => step.Action));

        Assert.Contains("terraform state pull", steps, StringComparison.Ordinal);
        Assert.Contains("`required_providers` to version 3.0.0", steps, StringComparison.Ordinal);
        Assert.Contains(".terraform.lock.hcl", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", steps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(plan.Rollback, line => line.StartsWith("Provider rollback: put back the previous version constraint", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.Contains("image tag", StringComparison.Ordinal) || line.Contains("terraform-plugin-sdk/v2` →", StringComparison.Ordinal));
    }

    [Fact]
    public void ProviderRelease_TheTerraformFloorIsCheckedOnTheMachinesThatApply()
    {
        var checks = Text(Plan(Provider).PreDeploymentChecks);

        Assert.Contains("Terraform 1.0", checks, StringComparison.Ordinal);
        Assert.Contains("the CLI on every machine and CI runner that applies to production", checks, StringComparison.Ordinal);
        Assert.DoesNotContain("API consumers were told", checks, StringComparison.Ordinal);
    }

    [Fact]
    public void ModuleRelease_RollbackSaysReplacedResourcesComeBackEmpty()
    {
        var plan = Plan("## [6.0.0](https://github.com/terraform-aws-modules/terraform-aws-rds/compare/v5.9.0...v6.0.0) (2023-06-27)\n\n### ⚠ BREAKING CHANGES\n\n* Raise minimum required Terraform version to 1.0\n* `identifier` is now required");

        Assert.Contains(plan.Steps, step => step.Action.Contains("module block that uses the `rds` module to version 6.0.0", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("`moved` block", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Module rollback:", StringComparison.Ordinal) && line.Contains("only from a backup", StringComparison.Ordinal));
    }

    [Fact]
    public void ChartRelease_IsAHelmUpgradeWithItsClusterFloorChecked()
    {
        var plan = Plan("### 4.0.0 - 2024-11-07\n\nThis release updates JupyterHub itself from version 4 to 5.\n\n#### Breaking changes\n\n- The chart now require Kubernetes 1.28+, up from 1.23+\n- Python is upgraded in chart images from 3.11 to 3.12");

        Assert.Contains(plan.Steps, step => step.Action.Contains("helm upgrade --version 4.0.0", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains("Kubernetes 1.28", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Chart rollback: `helm rollback`", StringComparison.Ordinal));
        Assert.Contains("an upgrade of the chart to version 4.0.0", plan.Summary[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationThatNamesItsChart_IsStillAnImageRollout()
    {
        var plan = Plan("## 2.4.0\n\n- Helm chart: add `podAnnotations` to the worker Deployment\n- Add CSV export of invoices");

        Assert.Contains(plan.Steps, step => step.Action.Contains("as a canary", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("kubectl rollout undo", StringComparison.Ordinal));
    }

    [Fact]
    public void ProviderRelease_ItsResourcesAreNoSignInPathConfigMapOrTableOfTheOperators()
    {
        var plan = Plan("## v1.12.0\n\nBUG FIXES:\n- `resource/okta_app_oauth` - Allow `redirect_uris` to be empty when `grant_types` is `client_credentials`\n- `resource/okta_auth_server_policy` - Fix token lifetime `ACCESS_TOKEN_TTL` drift on import\n- `data-source/okta_user` - Drop the deprecated `skip_roles` argument");
        var steps = Text(plan.Steps.Select(step => step.Action));

        Assert.Contains("`required_providers` to version 1.12.0", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("identity provider", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("break-glass", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("configmap", steps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("rolling restart", steps, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Config rollback", StringComparison.Ordinal));
    }

    [Fact]
    public void ProviderRelease_ItsOwnRevertIsNoWayBackOfTheOperators()
    {
        // "Reverted the 5.10.0 support for …" is the provider's change; listing its arguments and "5.10.0" "for the way back"
        // sent the rollback owner to confirm names that are no way back at all: that is the previous pin.
        var plan = Plan("## 5.10.1 (June 26, 2026)\n\nBREAKING CHANGES:\n\nReverted the 5.10.0 support for `pkcs12_bundle` and `jks_bundle` formats in formats in `vault_pki_secret_backend_cert`, `vault_pki_secret_backend_root_cert`, `vault_pki_secret_backend_root_sign_intermediate`, and `vault_pki_secret_backend_sign` that forced resource recreation. Configurations using these formats or their related arguments are no longer supported. ([#2945](https://github.com/hashicorp/terraform-provider-vault/pull/2945))");

        Assert.Contains(plan.Rollback, line => line.StartsWith("Provider rollback: put back the previous version constraint", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("From the notes, for the way back", StringComparison.Ordinal));
    }
}
