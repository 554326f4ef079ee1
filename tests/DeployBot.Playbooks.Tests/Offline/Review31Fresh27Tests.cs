using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The FRESH27 plans a reviewer would not sign, read from their fixtures: each is the example of a form the Review31 tests
/// check in other words (stop first, no in-place upgrade, a precondition, a framework's migration).
/// </summary>
public sealed class Review31Fresh27Tests
{
    private static string Notes(string name) =>
        FixtureNotes.Read(FixtureNotes.Files("Fresh27").Single(path => path.EndsWith(name + ".md", StringComparison.Ordinal))).Notes;

    /// <summary>TeslaMate: backup, stop, volume deleted only after the restore is proven, database started, backup restored, app started once.</summary>
    [Fact]
    public void TeslaMatePostgresUpgrade_FollowsTheNotesProcedureInADowntime()
    {
        var plan = Plan(Notes("teslamate-org__teslamate__upgrading-postgres"));
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "as a canary") || Has(step, "Contract step") || Has(step, "Once the new version runs"));
        var proven = actions.FindIndex(step => Has(step, "prove that the backup"));
        var down = actions.FindIndex(step => Has(step, "`docker compose down`"));
        var volume = actions.FindIndex(step => Has(step, "`docker volume rm"));
        var database = actions.FindIndex(step => Has(step, "(the notes' step 4, line"));
        var restore = actions.FindIndex(step => Has(step, "Restore the backup"));
        var start = actions.FindIndex(step => Has(step, "only once every step the notes put before it is done"));
        Assert.True(proven >= 0 && proven < down && down < volume && volume < database && database < restore && restore < start, Dump(plan));
    }

    /// <summary>Akka.NET ddata: the cluster is taken offline and started on the new version at once; the described list is no step.</summary>
    [Fact]
    public void AkkaDdataMigration_TakesTheClusterOfflineWithNoCanary()
    {
        var plan = Plan(Notes("akkadotnet__akka.net__upgrade-advisory-1-5-ddata-executing"));
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "as a canary") || Has(step, "coordinator-migration"));
        Assert.Contains(actions, step => Has(step, "stop the cluster"));
        Assert.Contains(actions, step => Has(step, "Go/no-go"));
    }

    /// <summary>Dependency-Track v5: no in-place helm upgrade and no expand migration; a new installation and a one-shot migration.</summary>
    [Fact]
    public void DependencyTrackV5_IsANewInstallationWithAOneShotMigration()
    {
        var plan = Plan(Notes("DependencyTrack__dependency-track__v5-migration-migrating"));
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "helm upgrade") || Has(step, "expand migration") || Has(step, "ANALYZE"));
        Assert.Contains(actions, step => Has(step, "new, separate installation"));
        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "rehearsed against a copy of production"));
    }

    /// <summary>postgres-operator v2: the clients' scram-sha-256 support is checked before the upgrade, and the md5 opt-out decided first.</summary>
    [Fact]
    public void PostgresOperatorScram_ChecksClientsAndDecidesTheOptOutFirst()
    {
        var plan = Plan(Notes("zalando__postgres-operator__migrate-v2-scram"));
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, step => Has(step, "Once the new version runs") && Has(step, "Make sure"));
        var decide = actions.FindIndex(step => Has(step, "decide with the service owner") && Has(step, "password_encryption: md5"));
        var check = actions.FindIndex(step => Has(step, "check what the notes ask you to make sure of"));
        var upgrade = actions.FindIndex(step => Has(step, "helm upgrade") || Has(step, "Start the rollout"));
        Assert.True(decide >= 0 && decide < check && check < upgrade, Dump(plan));
    }

    /// <summary>django CMS 5.0: `python -m manage migrate` before traffic moves; the test-environment run is a check.</summary>
    [Fact]
    public void DjangoCms5_MigratesBeforeTrafficAndRehearsesInStaging()
    {
        var plan = Plan(Notes("django-cms__django-cms__5-0-0"));
        var actions = Actions(plan);

        var migrate = actions.FindIndex(step => Has(step, "`python -m manage migrate`"));
        var canary = actions.FindIndex(step => Has(step, "as a canary"));
        Assert.True(migrate >= 0 && migrate < canary, Dump(plan));
        Assert.DoesNotContain(actions, step => Has(step, "test environment first"));
        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "Rehearsal the notes ask for"));
    }
}
