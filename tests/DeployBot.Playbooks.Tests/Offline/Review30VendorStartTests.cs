using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 30 (EventStore 0.17.0 after the vendor-migration fix): the plan stopped every writer and ran the notes' own
/// migration, which retypes columns in place, then started the new version as a 10% canary (beside what? the old
/// replicas were stopped and cannot run on the migrated tables) and ran the same migration a second time "once the new
/// version runs". The new version now starts once, on every replica, after the migration; the command runs once.
/// </summary>
public sealed class Review30VendorStartTests
{
    private const string Notes = "## v2.4.0\n\n### Enhancements\n\n- Use `bigint` for the position columns ([#88](https://example.org/ledger/pull/88)).\n\n"
        + "### Upgrading\n\nUpgrade your existing Ledger database by running:\n\n```console\nmix ledger.migrate\n```\n";

    [Fact]
    public void AnInPlaceVendorMigration_IsRunOnce_ThenTheNewVersionStartsOnEveryReplica_NoCanary()
    {
        var plan = Plan(Notes);
        var steps = Actions(plan);

        Assert.Single(steps, action => Has(action, "`mix ledger.migrate`") && Has(action, "run `mix ledger.migrate`"));
        Assert.DoesNotContain(steps, action => Has(action, "as a canary"));
        Assert.Contains(steps, action => Has(action, "start version 2.4.0 on every replica at once"));
        Assert.DoesNotContain(steps, action => action.StartsWith("Once the new version runs", StringComparison.Ordinal));
    }
}
