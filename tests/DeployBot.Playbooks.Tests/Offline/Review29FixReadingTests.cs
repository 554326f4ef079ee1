using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What a bug fix or a library's name is not (FRESH25 sweep #14, #22): "Fix … cannot be rolled back" describes the bug,
/// "Drop log lines instead of blocking" is runtime behaviour, "type-alias X" is a name. Every positive failed on main at
/// dd4e348 (its Host dll, same notes); the notes are this file's own.
/// </summary>
public sealed class Review29FixReadingTests
{
    /// <summary>Main planned a go/no-go and "only forward" for a fix that restores the rollback, and a deletion "not tonight" for a logging behaviour.</summary>
    [Fact]
    public void AFixedBug_IsNoOneWayStepAndNoDeletionToSchedule()
    {
        var plan = Plan("## 7.2.3\n\n### Bug fixes\n\n- Fix the issue that a node of a newer version cannot be rolled back to v7.1.x\n- Drop log lines instead of blocking threads when the log writer is overloaded\n- Fix a crash when the disk is full\n");
        var text = Dump(plan);

        Assert.DoesNotContain("Go/no-go", text, StringComparison.Ordinal);
        Assert.DoesNotContain("only forward", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not tonight", text, StringComparison.Ordinal);
    }

    /// <summary>Counterexample: a deletion put off by 48 hours stays a follow-up, not tonight.</summary>
    [Fact]
    public void ADeletionPutOff_StaysAFollowUp()
    {
        Assert.Contains("not tonight", Dump(Plan("## 2.0.0\n\n- Reads move to `products_v3`; delete products_v2 after 48h.\n")), StringComparison.Ordinal);
    }

    /// <summary>"JsonLayout gets type-alias JsonLog": a logging library's name for a layout, not a datastore alias to switch (main planned a blue/green switchover).</summary>
    [Fact]
    public void ATypeAliasInALibrary_IsNoBlueGreenSwitch()
    {
        var plan = Plan("## 5.6.0\n\n- JsonLayout gets type-alias JsonLog to match the v6 naming\n- Faster file target\n");

        Assert.DoesNotContain(Actions(plan), step => Has(step, "Switch the alias"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "Blue/green rollback"));
    }

    /// <summary>Counterexample: a search index alias switched from one index to another is still a blue/green switch.</summary>
    [Fact]
    public void AnIndexAliasSwitch_StaysBlueGreen()
    {
        var plan = Plan("## 4.0.0\n\n- Reindex into `products_v2`, then switch the alias `products` from `products_v1` to `products_v2`.\n");

        Assert.Contains(Actions(plan), step => Has(step, "Switch the alias"));
    }
}
