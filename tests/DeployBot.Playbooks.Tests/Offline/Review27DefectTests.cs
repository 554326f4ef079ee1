using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Plan defects still open after the FRESH23 sweep (27th session), each in its general form with counterexamples that must
/// not fire: a code release planned as a restart, dependencies to set up after the rollout, pre-releases, policy edits and
/// a name a removed one is read from. Every positive fails on the earlier code.
/// </summary>
public sealed class Review27DefectTests
{
    private const string FrameworkUpgrade = """
        # 2.14.0.1

        ## Highlighted Features

        * Upgrade to Django 5.0
        * Drop support for Python 3.9

        ## Upgrade Notes

        * _Required:_ The cache configuration needs to be regenerated to include the
          new backends. Please add the `redis` cache as specified in
          `config/cache.yml-example`.

        * _Required:_ This upgrade requires upgrading Python from 3.9 to 3.10 or later.

        * _Required:_ There are some database structure updates so remember to run:

              python manage.py migrate
        """;

    /// <summary>
    /// (alaveteli 0.45.1.0 "Upgrade to Rails 7.1", rt upgrade-4.0.9) A release that ships code was planned as a config change:
    /// a user saw "Restart the service with a rolling restart (no new image)", so the new code never went out, and the
    /// notes' migration ran "before the rollout", in the old release that does not have it.
    /// </summary>
    [Fact]
    public void FrameworkUpgradeWithAConfigFile_RollsOutTheNewBuild_AndMigratesWithItsCode()
    {
        var plan = Plan(FrameworkUpgrade);
        var actions = Actions(plan);

        Assert.Contains(actions, action => Has(action, "Start the rollout of version 2.14.0.1"));
        Assert.DoesNotContain(actions, action => Has(action, "no new image"));
        var migrate = actions.FindIndex(action => Has(action, "`python manage.py migrate`"));
        Assert.True(migrate >= 0, Dump(plan));
        Assert.True(Has(actions[migrate], "before traffic moves") && Has(actions[migrate], "new release's code"), actions[migrate]);
        var snapshot = actions.FindIndex(action => Has(action, "Take a database snapshot"));
        Assert.InRange(snapshot, 0, migrate - 1);
        Assert.True(migrate < actions.FindIndex(action => Has(action, "Start the rollout")), Dump(plan));
    }

    /// <summary>A framework named with its version in an upgrade, without a version heading, ships code too.</summary>
    [Theory]
    [InlineData("## Changes\n\n* Upgrade to Spring Boot 3.2\n* Set `SERVER_MAX_THREADS` to 200 in the service's environment\n")]
    public void FrameworkUpgradeBesideASetting_IsNoConfigOnlyRestart(string notes)
    {
        var actions = Actions(Plan(notes));

        Assert.Contains(actions, action => Has(action, "Start the rollout of"));
        Assert.DoesNotContain(actions, action => Has(action, "no new image"));
    }

    /// <summary>A language's versions ("Python from 3.9 to 3.10") are a platform floor, never a value the way back returns to.</summary>
    [Fact]
    public void RuntimeVersions_AreNoValueToRollBackTo()
    {
        var plan = Plan(FrameworkUpgrade);

        Assert.DoesNotContain(plan.Rollback, line => Has(line, "`3.9` → `3.10`"));
        Assert.Contains(plan.PreDeploymentChecks, check => Has(check, "Supported platform") && Has(check, "Python"));
    }

    /// <summary>Counterexample: notes that ship no code stay a config change, with their values to go back to.</summary>
    [Theory]
    [InlineData("## Config change only\n\n* Raise `WORKER_CONCURRENCY` from 4 to 8\n* Rotate `SESSION_SECRET` used by the Rails sessions\n")]
    [InlineData("Config only, no new image: set `DB_POOL` from 10 to 20 for the Django workers.\n")]
    public void ConfigOnlyNotesNamingAFramework_StayAConfigChange(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), action => Has(action, "Start the rollout of"));
        Assert.Contains(plan.Rollback, line => Has(line, "Values this release changes"));
    }

    /// <summary>
    /// (delayed_job 4.1.10) "You will need to add and setup zeitwerk for autoloading to continue working" was a step "once the
    /// new version runs", when autoloading is already broken. It is a dependency change in the build, before the rollout.
    /// </summary>
    [Fact]
    public void AddAndSetUpALibrary_IsABuildChangeBeforeTheRollout()
    {
        var plan = Plan("2.3.0 - 2026-01-17\n==================\n* Support for Django 5.0. NOTE: If you run the scheduler outside Django, you will need to add and set up croniter for schedules to keep working.\n");
        var actions = Actions(plan);

        var build = actions.FindIndex(action => Has(action, "Before the build, change the application's dependencies"));
        Assert.True(build >= 0, Dump(plan));
        Assert.True(build < actions.FindIndex(action => Has(action, "Start the rollout")), Dump(plan));
        Assert.DoesNotContain(actions, action => Has(action, "Once the new version runs") && Has(action, "croniter"));
    }

    /// <summary>Counterexample: adding a setting is no dependency of the build.</summary>
    [Fact]
    public void AddASetting_IsNoDependencyChange()
    {
        var actions = Actions(Plan("## 2.3.1\n\n* You will need to add a `retry_limit` setting to `config/worker.yml` before upgrading.\n"));

        Assert.DoesNotContain(actions, action => Has(action, "change the application's dependencies"));
    }

    /// <summary>
    /// (agenda 6.0.0-alpha.0) An alpha went to production with nothing said: a production plan names the pre-release and asks
    /// for an explicit go before anything changes.
    /// </summary>
    [Theory]
    [InlineData("## 3.0.0-beta.2\n\n* Add a bulk export API\n* Faster startup\n", "beta")]
    [InlineData("## 7.0.0-rc.1\n\n- Add a Redis backend\n", "release candidate")]
    [InlineData("## 7.0.0\n\n### Patch Changes\n\n- 073e62d: alpha 7.x release\n- 225a9f8: feat: add drain() method\n", "alpha")]
    public void PreRelease_InProduction_AsksForAnExplicitGoFirst(string notes, string stage)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        Assert.Contains(plan.PreDeploymentChecks, check => Has(check, "Pre-release:") && Has(check, stage));
        Assert.Equal(1, actions.FindIndex(action => Has(action, "explicit go") && Has(action, "pre-release")));
    }

    /// <summary>Outside production the pre-release is named, and no go is asked for.</summary>
    [Fact]
    public void PreRelease_InStaging_IsNamedOnly()
    {
        var plan = new OfflinePlanner().CreatePlan(PlanInputs.StagingInput(notes: "## 3.0.0-beta.2\n\n* Add a bulk export API\n"), null, 0, null);

        Assert.Contains(plan.PreDeploymentChecks, check => Has(check, "Pre-release:") && Has(check, "3.0.0-beta.2"));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "explicit go"));
    }

    /// <summary>Counterexample: a stable release that mentions a beta feature or an alpha flag is no pre-release.</summary>
    [Theory]
    [InlineData("## 3.0.0\n\n* Fix a crash in the beta release channel picker\n")]
    [InlineData("## 2.1.0\n\n* Remove the alpha `--fast` flag; use `--parallel`\n")]
    public void StableRelease_MentioningBetaOrAlpha_IsNoPreRelease(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.PreDeploymentChecks, check => Has(check, "Pre-release"));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "pre-release"));
    }

    /// <summary>
    /// (pomerium upgrade-0.14 and 0.16) "To update your policies for v0.14, please remove any identity provider prefix" and
    /// "Update those policies to use the team slug instead" were no step: every entry in the old form denies access.
    /// </summary>
    [Theory]
    [InlineData("# Upgrading to 2.0.0\n\n## Breaking\n\n### `allowed_groups` ID format\n\nWhen specifying `allowed_groups` by ID, the directory name is no longer part of the ID.\n\nTo update your policies for v2.0, please remove any directory prefix. Example: `azure/1234` becomes `1234`.\n")]
    [InlineData("# Upgrading to 2.0.0\n\n## Breaking\n\n### Project IDs\n\nWe now use the project path instead of the numeric project ID. If the numeric ID is used it will no longer work. Update those policies to use the project path instead.\n")]
    public void PolicyEditTheNotesAsk_IsAStepBeforeTheRollout(string notes)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        var edit = actions.FindIndex(action => Has(action, "Before the rollout, edit the policies"));
        Assert.True(edit >= 0, Dump(plan));
        Assert.True(edit < actions.FindIndex(action => Has(action, "Start the rollout")), Dump(plan));
    }

    /// <summary>(pomerium upgrade-0.16) In "A has been removed and will now be inferred from B", B stays: a user was told to remove `signing_key`.</summary>
    [Fact]
    public void NameARemovedOneIsInferredFrom_IsNotRemoved()
    {
        var plan = Plan("## 4.0.0\n\n### Removed options\nThe deprecated `headers` option has been removed. Use `set_response_headers` instead.\n\nThe `cache_key_algorithm` option has been removed and will now be inferred from `cache_key`.\n");
        var text = Dump(plan);

        Assert.Contains("\"cache_key_algorithm\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"cache_key\"", text, StringComparison.Ordinal);
    }
}
