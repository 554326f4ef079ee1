using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A library's or application's own migration command ("Upgrade your existing … database by running: `x`") is the migration
/// (FRESH26 sweep #4/#15, EventStore 0.13–1.3; FRESH25 row 6): when it renames or retypes columns, writers stop, it runs, and
/// the way back is the snapshot, with no invented expand migration "so the running version keeps working" and no
/// down-migration. Every positive failed on main at f447643 (its Host dll, same notes); the notes are this file's own.
/// </summary>
public sealed class Review30MigrationCommandTests
{
    private const string Retyping = "## v2.4.0\n\n### Enhancements\n\n- Use a bigint field for the `position` column, rename existing field to `legacy_position`.\n- Use `jsonb` data type for the job `payload` column.\n\n### Upgrading\n\nMigrate your existing JobQueue database by running: `mix job_queue.migrate`\n";

    /// <summary>Main ran "the expand migration … so the running version keeps working" and promised a down-migration.</summary>
    [Fact]
    public void AVendorMigrationThatRetypesColumns_RunsWithWritersStopped()
    {
        var plan = Plan(Retyping);
        var text = Dump(plan);

        Assert.Contains(Actions(plan), step => Has(step, "Stop every writer") && Has(step, "`mix job_queue.migrate`"));
        Assert.DoesNotContain("so the running version keeps working", text, StringComparison.Ordinal);
        Assert.DoesNotContain("down-migration from", text, StringComparison.Ordinal);
        Assert.Contains(plan.Rollback, line => Has(line, "`mix job_queue.migrate`") && Has(line, "snapshot"));
    }

    /// <summary>"run `x` to migrate" with a type change: the notes' command, not an expand migration of the team's own.</summary>
    [Fact]
    public void RunToMigrate_IsTheMigrationCommand()
    {
        var plan = Plan("## 5.1.0\n\n- Change the type of `orders.total` from integer to numeric.\n- After upgrading the package, run `bin/shop db-upgrade` to migrate the schema.\n");

        Assert.Contains(Actions(plan), step => Has(step, "`bin/shop db-upgrade`") && Has(step, "Stop every writer"));
        Assert.DoesNotContain("so the running version keeps working", Dump(plan), StringComparison.Ordinal);
    }

    /// <summary>Counterexample: a real additive migration keeps its expand/contract wording.</summary>
    [Fact]
    public void AnAdditiveMigration_KeepsExpand()
    {
        var plan = Plan("## 3.2.0\n\n- Add nullable column `orders.gift_note` and create an index concurrently on orders(created_at).\n");

        Assert.Contains(Actions(plan), step => Has(step, "expand migration"));
        Assert.DoesNotContain("Stop every writer", Dump(plan), StringComparison.Ordinal);
    }
}
