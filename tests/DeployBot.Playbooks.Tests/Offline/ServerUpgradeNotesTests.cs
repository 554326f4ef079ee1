using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Notes of software the team runs (an API server, a database proxy) read as its operator would: a dropped platform
/// version is checked before anything starts, a fixed bug in a schema cache migrates nothing, and token settings are
/// not an identity provider to register redirect URIs at.
/// </summary>
public sealed class ServerUpgradeNotesTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("### Changed\n- Drop support for PostgreSQL EOL version 13\n- Faster startup", "PostgreSQL 13")]
    [InlineData("## 5.0.0\n- The minimum Node.js version is now 22.\n- New `/health` endpoint", "Node.js 22")]
    public void CreatePlan_ReleaseDropsAPlatformVersion_ChecksWhatTheEnvironmentRunsBeforeStarting(string notes, string platform)
    {
        var input = PlanInputs.ProductionInput(notes: notes, flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Supported platform:", StringComparison.Ordinal) && check.Contains(platform, StringComparison.Ordinal) && check.Contains("production runs", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_NoPlatformDropped_HasNoPlatformCheck()
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: "- Add CSV export of invoices\n- Tested on PostgreSQL 16", flag: null), null, 0, null);

        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Supported platform:", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_FixInTheSchemaCacheOfADatabase_PlansNoMigration()
    {
        var notes = "### Fixed\n- Fix reloading the database schema cache twice on a connection error\n- Fix slow schema cache loading for large PostgreSQL schemas";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("expand migration", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CreatePlan_FixThatAddsAMissingIndex_StillRunsTheMigration()
    {
        var notes = "### Fixed\n- Fix slow order search by adding the missing index on orders.customer_id (migration 0042)";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains("migration", StringComparison.OrdinalIgnoreCase) && step.Action.Contains("orders.customer_id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Replaced `jwt-cache-max-lifetime` config with `jwt-cache-max-entries`\n- Bounded JWT cache", false)]
    [InlineData("- Switch sign-in to the new Okta OIDC app; users sign in again", true)]
    public void CreatePlan_AuthChange_RegistersAtTheIdentityProviderOnlyWhenOneIsInvolved(string notes, bool provider)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Contains(plan.Rollback, line => line.StartsWith("Auth rollback:", StringComparison.Ordinal));
        Assert.Equal(provider, plan.Steps.Any(step => step.Action.Contains("identity provider", StringComparison.Ordinal)));
        Assert.Equal(provider, plan.Rollback.Any(line => line.Contains("identity provider", StringComparison.Ordinal)));
    }

    [Fact]
    public void CreatePlan_TableNamedInCapitalsAndTemplatePlaceholders_AreNeitherSettingsNorObjects()
    {
        var notes = "A new index over the table `ORDER_LINE_AUDIT` has been added. On large tables {product_name} skips it during the automatic database migration and logs the SQL instead.";

        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("Apply the new", StringComparison.Ordinal) && step.Action.Contains("ORDER_LINE_AUDIT", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("migration", StringComparison.Ordinal) && step.Action.Contains("ORDER_LINE_AUDIT", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps.Select(step => step.Action).Concat(plan.Summary), text => text.Contains("product_name", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2.0.0 - 2020-12-03\n==================\n\n- Builds need libwebsockets 2.4.0 or later", "version 2.0.0")]
    [InlineData("## [1.4.2] - 2026-11-30\n### Fixed\n- Retry webhooks after a 503 (needs urllib3 2.2.1)", "version 1.4.2")]
    [InlineData("Deploy checkout-api 3.14.3: adds the invoices.due_at column", "checkout-api 3.14.3")]
    [InlineData("==========================\nAcme 4.1.7 release notes\n==========================\n\nAcme 4.1.7 fixes a security issue in 4.1.6.", "version 4.1.7")]
    public void CreatePlan_ChangelogNamesDependencyVersions_RollsOutTheReleaseItsHeadingNames(string notes, string rollout)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Contains(plan.Steps, step => step.Action.Contains($"rollout of {rollout}", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("rollout of urllib3", StringComparison.Ordinal) || step.Action.Contains("2.4.0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## 8.0.0\n- Breaking: the mail client now sends through the SendGrid v3 API only; `setApiKey` moved to the `Client` type", true)]
    [InlineData("## 8.1.0\n- Add CSV export of invoices", false)]
    public void CreatePlan_ExternalIntegrationChanges_VerifiesOneRealRequestThroughIt(string notes, bool external)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, flag: null), null, 0, null);

        Assert.Equal(external, plan.Verification.Any(line => line.StartsWith("Integrations: one real request", StringComparison.Ordinal)));
    }
}
