using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the summary says up front (left open by the 30th session): an upgrade the notes allow only from a stepping stone
/// names it there, since from any other version it fails half-way. Failed on main at 5fd4882 (the summary did not name it).
/// </summary>
public sealed class Review31SummaryTests
{
    [Theory]
    [InlineData("## 9.0.0\n\n- You must first upgrade to 8.6 before moving to 9.0; older databases cannot be migrated.\n- New audit log.\n", "8.6")]
    [InlineData("## 3.0.0\n\nUpgrade path: 2.1 → 2.9 → 3.0. Skipping 2.9 leaves the index format unreadable.\n", "2.9")]
    public void SteppingStone_IsNamedInTheSummary(string notes, string stone)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.Summary, sentence => Has(sentence, $"only from {stone}") && Has(sentence, "checked first"));
    }

    [Fact]
    public void PlainUpgrade_SummaryNamesNoSteppingStone()
    {
        var plan = Plan("## 9.1.0\n\n- Upgrading is easy: replace the binary and restart.\n- New audit log.\n");

        Assert.DoesNotContain(plan.Summary, sentence => Has(sentence, "allow the upgrade only from"));
    }

    /// <summary>
    /// FRESH28 sweep #34 (Tautulli 2.13.1): "Support for Python 3.7 has been dropped. The minimum Python version is now 3.8."
    /// was checked as "this release drops or raises its support for Python 3.8", as if 3.8 were dropped.
    /// </summary>
    [Fact]
    public void ANewMinimum_IsNotCalledDropped()
    {
        var plan = Plan("## v3.1.0 (2026-02-01)\n\n* Other:\n  * Support for Ruby 3.1 has been dropped. The minimum Ruby version is now 3.2.\n  * New calendar view.\n");

        var check = Assert.Single(plan.PreDeploymentChecks, line => Has(line, "Supported platform"));
        Assert.DoesNotContain("drops or raises its support for", check, StringComparison.Ordinal);
        Assert.Contains("a new minimum", check, StringComparison.Ordinal);
    }
}
