using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Plan defects found by reading the FRESH24 plans (27th session) about what a plan reads as the release: the project's own
/// CI lines taken for an engine upgrade, and versions cut from prose. Each in its general form, in other projects' words,
/// with counterexamples; every positive fails on the earlier code (checked with the main build).
/// </summary>
public sealed class Review27Fresh24VersionTests
{
    /// <summary>
    /// (NHibernate 5.4.9, "Migrate AppVeyor &amp; TC builds to PostgreSQL 13") A line about the project's own pipeline was
    /// planned as a 45-minute, irreversible production engine upgrade. CI, build and test lines raise no engine upgrade.
    /// </summary>
    [Theory]
    [InlineData("Release 3.1.2\n\n** Bug\n  * #812 Fix escaping of identifiers in generated SQL\n\n** Task\n  * #820 Move the Travis and CircleCI jobs to MySQL 8.4\n  * #821 Bump vulnerable test dependencies\n")]
    [InlineData("## 0.12.4\n\n- Fix a leak of pooled connections on timeout\n- Switch the test matrix from Redis 6 to Redis 7.2\n")]
    [InlineData("## 7.2.3\n\n** Bug\n  * #901 Escape quotes in generated log messages\n\n** Task\n  * #905 Migrate Jenkins builds to PostgreSQL 15\n")]
    public void PipelineLineNamingAnEngine_PlansNoEngineUpgrade(string notes)
    {
        var plan = Plan(notes);
        var text = Dump(plan);

        Assert.DoesNotContain("datastore engine upgrade", text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Engine rollback", StringComparison.Ordinal));
        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("Upgrade ", StringComparison.Ordinal) && (Has(action, "MySQL") || Has(action, "PostgreSQL") || Has(action, "Redis")));
        Assert.DoesNotContain(Actions(plan), action => Has(action, "expand migration"));
    }

    /// <summary>Counterexample: an engine upgrade the release performs for its users is still planned, even beside "CI is green".</summary>
    [Fact]
    public void EngineUpgradeForUsers_IsStillPlanned()
    {
        var plan = Plan("Upgrade PostgreSQL 12 -> 15 on the orders database tonight; CI is green on the new version.");

        Assert.Contains("datastore engine upgrade", Dump(plan), StringComparison.Ordinal);
    }

    /// <summary>
    /// (Vector "Vector's 0.30.0", PowerDNS "by starting 4.8.0", Radicale "denial-of-service") The rollout named a fragment
    /// of a sentence: "s 0.30.0", "starting 4.8.0", "denial-of-service". The version is the number, never the word before it.
    /// </summary>
    [Theory]
    [InlineData("Acme's 4.2.0 release includes breaking changes:\n\n1. Removal of the `legacy_auth` option\n\nRemove `legacy_auth` from your configuration before upgrading.\n", "version 4.2.0", "rollout of s ")]
    [InlineData("Any version to 6.2.x\n\nRecords are validated on import; the check is on by default starting 6.2.0 and can be turned off.\n", "version 6.2.0", "rollout of starting")]
    [InlineData("## 5.1.0\n\n* Guard the parser against a denial-of-service through deeply nested input\n* Faster startup of the worker\n", "version 5.1.0", "denial-of-service as a canary")]
    public void VersionAfterAWordOfProse_RollsOutTheVersion(string notes, string version, string junk)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), action => Has(action, "rollout of " + version));
        Assert.DoesNotContain(Actions(plan), action => Has(action, junk));
    }

    /// <summary>
    /// (dnsdist ".. changelog:: :version: 2.1.1", Icinga "Upgrading to Icinga DB RC2", kube-prometheus "## release-0.16") A
    /// version the heading gives in another shape was lost: the plan rolled out "the new version". The heading wins.
    /// </summary>
    [Theory]
    [InlineData(".. changelog::\n  :version: 1.9.3\n  :released: 2nd of March 2026\n\n  .. change::\n    :tags: Bug Fixes\n\n    Fix a crash when the cache is full\n", "version 1.9.3")]
    [InlineData("## Upgrading to Acme Server RC3\n\nRC3 changes how sessions are stored. Stop the server, upgrade the package and start it again.\n", "version RC3")]
    [InlineData("# Upgrading to v5.x\n\nThe v5.x release renames the `timeout` option to `request_timeout`.\n", "version 5.x")]
    public void VersionInAHeadingOfAnotherShape_IsRolledOut(string notes, string version)
    {
        var plan = Plan(notes);

        Assert.Contains(version, Dump(plan), StringComparison.Ordinal);
        Assert.DoesNotContain(Actions(plan), action => Has(action, "rollout of the new version"));
    }

    /// <summary>A release branch's name heading the notes ("## release-2.4 / date") gives the version, not "the new version".</summary>
    [Fact]
    public void ReleaseBranchHeading_GivesTheVersion()
    {
        var plan = Plan("## release-2.4 / 2026-01-10\n\n* [BUGFIX] Fix the alert on disk pressure for small nodes.\n");

        Assert.Contains("2.4", string.Join('\n', Actions(plan)), StringComparison.Ordinal);
    }

    /// <summary>Counterexample: a service the notes name with its version is still rolled out by name.</summary>
    [Fact]
    public void NamedServiceWithItsVersion_IsStillRolledOutByName()
    {
        var plan = Plan("checkout-service 3.2.0 adds gift cards; payments-api 1.4.1 follows after checkout-service is healthy.");

        Assert.Contains(Actions(plan), action => Has(action, "rollout of checkout-service"));
    }
}
