using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The operator steps an upgrade guide spells out reach the plan: its commands verbatim, before or after the rollout as
/// the notes put them and in the notes' numbered order; renamed flags changed in the service's arguments before the new
/// binary starts; an extension update after the new package is on every server; and a go/no-go before what the notes
/// call irreversible, which the rollback says cannot be undone. Example code and test-suite commands are not steps.
/// </summary>
public sealed class StatedUpgradeStepsTests
{
    private static readonly OfflinePlanner Planner = new();

    private static (DeploymentPlan Plan, List<string> Actions) Plan(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 06:00-12:00 UTC", flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return (plan, [.. plan.Steps.Select(step => step.Action)]);
    }

    private static int At(List<string> actions, string text)
    {
        var at = actions.FindIndex(action => action.Contains(text, StringComparison.Ordinal));
        Assert.True(at >= 0, $"no step with '{text}' in:\n{string.Join("\n", actions)}");
        return at;
    }

    private static int Rollout(List<string> actions) => At(actions, "Start the rollout of");

    [Fact]
    public void CreatePlan_NumberedGuideWithCommands_RunsThemVerbatimOnEachSideOfTheUpgradeStep()
    {
        var (_, actions) = Plan("""
            ## 3.2.0

            If you installed the 3.2 preview, follow these steps before upgrading:

            1. Roll back the reports app to its last release migration:
            ```bash
            bin/console migrate reports 0007
            ```
            2. Upgrade acme-server to 3.2.0.
            3. Apply the migrations again:
            ```bash
            bin/console migrate
            ```

            * Faster report exports.
            """);

        var back = At(actions, "run `bin/console migrate reports 0007` as the notes give it (the notes' step 1, line 7)");
        var again = At(actions, "run `bin/console migrate` as the notes give it (the notes' step 3, line 12)");
        Assert.True(back < Rollout(actions) && Rollout(actions) < again, string.Join("\n", actions));
        // The guide is for installs that match its condition: the step says so rather than running it everywhere.
        Assert.Contains("if line 3 of the notes applies to this install", actions[back], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("After upgrading, run `occ db:add-missing-indices` on the primary.", "occ db:add-missing-indices", false)]
    [InlineData("Before upgrading you must run `./bin/drain-queue --wait` so no job is lost.", "./bin/drain-queue --wait", true)]
    public void CreatePlan_CommandAfterRun_IsAStepOnTheSideOfTheRolloutTheNotesSay(string line, string command, bool before)
    {
        var (_, actions) = Plan($"""
            ## 5.1.0

            * Search results are cached per user.
            * {line}
            """);

        var step = At(actions, $"run `{command}` as the notes give it (line 4 of the notes)");
        Assert.Equal(before, step < Rollout(actions));
    }

    [Fact]
    public void CreatePlan_ExampleCodeAndTestOptions_AreNoOperatorSteps()
    {
        var (_, actions) = Plan("""
            ## 12.0

            ### Password grant

            The password grant is disabled by default. You may enable it by calling the `enablePasswordGrant` method in your `boot` method:

            ```php
            Passport::enablePasswordGrant();
            ```

            For example, a token request looks like:

                curl -X POST https://example.test/oauth/token

            * fix: run `pytest --cov=app` in CI again
            """);

        Assert.DoesNotContain(actions, action => action.Contains("enablePasswordGrant", StringComparison.Ordinal)
            || action.Contains("curl", StringComparison.Ordinal) || action.Contains("pytest", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_RenamedFlag_ChangesTheServiceArgumentsBeforeTheNewBinaryStarts()
    {
        var (plan, actions) = Plan("""
            ## 2.0.0 / 2024-03-01

            ### Breaking changes

            * The CLI flag `--web.old-address` was renamed to `--web.listen-address`. #412
            * [FEATURE] Add a disk collector.
            """);

        var change = At(actions, "Change the service's arguments before the new binary starts");
        Assert.Contains("`--web.old-address` → `--web.listen-address`", actions[change], StringComparison.Ordinal);
        Assert.True(change < Rollout(actions), string.Join("\n", actions));
        Assert.Contains(plan.Rollback, line => line.Contains("`--web.listen-address` → `--web.old-address`", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ExtensionUpdateTheNotesRequire_RunsItAfterTheNewPackageIsOnEveryServer()
    {
        var (plan, actions) = Plan("""
            ### pg_foo v2.3.1 ###

            * Fix the catalog version (requires ALTER EXTENSION pg_foo UPDATE)
            * Fix a crash on empty schedules
            """);

        var install = At(actions, "Install the new pg_foo package on every PostgreSQL server");
        var update = At(actions, "run `ALTER EXTENSION pg_foo UPDATE;` in each database that has pg_foo");
        Assert.True(install < update, string.Join("\n", actions));
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains("requires `ALTER EXTENSION pg_foo UPDATE`", StringComparison.Ordinal));
    }

    /// <summary>The summary names the extension update and its one way back, and the snapshot's id is at hand (an image rollout stays: a service may share the extension's name, review 19).</summary>
    [Fact]
    public void CreatePlan_ReleaseRequiresAnExtensionUpdate_SummaryNamesItAndTheSnapshotIdIsAtHand()
    {
        var (plan, actions) = Plan("""
            ### pg_foo v2.3.1 ###

            * Fix the catalog version (requires ALTER EXTENSION pg_foo UPDATE)
            * Fix a crash on empty schedules
            """);

        Assert.Contains("an update of the pg_foo extension", plan.Summary[0], StringComparison.Ordinal);
        Assert.Contains("the update of pg_foo cannot be reversed except by restoring the snapshot", plan.Summary[1], StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => line.StartsWith("Have ready beforehand:", StringComparison.Ordinal) && line.Contains("the snapshot taken right before the extension update", StringComparison.Ordinal));
    }

    /// <summary>A service's release that requires an extension update still rolls out the service.</summary>
    [Fact]
    public void CreatePlan_ServiceReleaseRequiresAnExtensionUpdate_StillRollsOutItsImage()
    {
        var (plan, actions) = Plan("""
            ## 5.2.0

            * Scheduled reports use pg_foo 2.3 (requires ALTER EXTENSION pg_foo UPDATE)
            """);

        Assert.Contains(actions, action => action.Contains("rollout of version 5.2.0", StringComparison.Ordinal));
        Assert.Contains("an image rollout", plan.Summary[0], StringComparison.Ordinal);
        Assert.Contains("an update of the pg_foo extension", plan.Summary[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_StepTheNotesCallIrreversible_GetsAGoNoGoAndTheRollbackSaysItCannotBeUndone()
    {
        const string notes = """
            ## Upgrading to 4.0

            Stored API tokens may now be hashed. There is no way to reverse the hashing once your existing tokens are migrated.

            Before upgrading, you must set `TOKEN_HASH_DRIVER` in production.
            """;
        var (plan, actions) = Plan(notes);

        var gate = At(actions, "Go/no-go before the step that line 3 of the notes calls irreversible");
        Assert.True(gate < Rollout(actions), string.Join("\n", actions));
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains("One-way step (line 3 of the notes)", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Not reversible: the step that line 3 of the notes calls irreversible", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_NotesStepWithItsOwnCommand_IsNotAlsoTiedToASettingThatSharesItsVerb()
    {
        var (_, actions) = Plan("""
            ## 7.0

            * Set `REPORTS_CACHE_TTL` to 300 in production.

            Follow these steps:

            1. Stop the report workers:
            ```bash
            bin/reports stop --all
            ```
            2. Upgrade reports-api to 7.0.
            3. Apply the migrations:
            ```bash
            bin/reports migrate
            ```
            """);

        Assert.DoesNotContain(actions, action => action.Contains("REPORTS_CACHE_TTL", StringComparison.Ordinal) && action.Contains("(the notes' step 3", StringComparison.Ordinal));
        // The procedure stops the workers first, so the new version is started once, with no canary (Review28VehicleTests).
        var start = At(actions, "Start reports-api only once every step the notes put before it is done");
        Assert.True(At(actions, "`bin/reports stop --all`") < start && start < At(actions, "`bin/reports migrate`"), string.Join("\n", actions));
    }

    /// <summary>Mailu 2024.06: the notes' own reindex commands are the data work; no generic backfill script runs beside them.</summary>
    [Fact]
    public void CreatePlan_NotesGiveTheirReindexCommands_TheyRunInsteadOfAGenericBackfill()
    {
        var (plan, actions) = Plan("""
            ## 2024.06.0

            After starting the new Mailu deployment, check the following.
            The dovecot full-text-search indexes should be recreated:
            From `bash` run:
            ```
            find /mailu/mail -type d -name xapian-indexes -prune -exec rm -r {} \+
            ```
            Via docker compose run (to force reindexing):
            ```
            docker compose exec imap doveadm fts rescan -A
            ```
            """);

        var find = At(actions, "run `find /mailu/mail -type d -name xapian-indexes -prune -exec rm -r {} \\+`");
        var rescan = At(actions, "run `docker compose exec imap doveadm fts rescan -A`");
        Assert.True(Rollout(actions) < find && find < rescan, string.Join("\n", actions));
        Assert.DoesNotContain(actions, action => action.Contains("in small batches with a rate limit", StringComparison.Ordinal));
        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("The data work the notes give (lines 7 and 11)", StringComparison.Ordinal));
    }
}
