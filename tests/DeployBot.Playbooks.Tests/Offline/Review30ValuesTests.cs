using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 29 (FRESH26 sweep, #38 and #40). The rollback listed "values this release changes … the way back returns to
/// the first of each" for a bumped dependency (Skaffold: containerd 1.7.31 → 1.7.32), SDKs bumped under a parent item
/// (PostHog: openai 1.102.0 → 2.7.1), a raised floor (Mautic: PHP 7.3 → 7.4) and a version range (kube-arangodb:
/// "3.12.2/3 to 3.12.4+"): nobody sets those back by hand, the previous release brings its own. And a bug-fix and
/// security release whose fix reads "are now displayed immediately" was planned as an incident's hotfix, waiting for an
/// incident commander who does not exist. Notes of the same forms in other projects' words.
/// </summary>
public sealed class Review30ValuesTests
{
    private static bool ListsValues(string line) => line.StartsWith("Values this release changes", StringComparison.Ordinal);

    [Theory]
    [InlineData("## 3.4.0\n\n### Features\n\n- Add a `--dry-run` flag to the sync command\n\n### Chores\n\n- chore(deps): bump golang.org/x/net from 0.23.0 to 0.25.0\n- build: bump the base image\n")]
    [InlineData("## 9.0.0\n\n- Upgrade the bundled HTTP client libraries to their latest majors\n  - requests: 2.31.0 → 2.32.3\n  - urllib3: 1.26.18 → 2.2.1\n- Fix retry of idempotent calls\n")]
    [InlineData("## 5.0.0\n\n- Minimal PHP version was increased from 8.0 to 8.1.\n- New dashboard widgets.\n")]
    [InlineData("## 5.0.0\n\n- Minimal Elasticsearch client version was increased from 7.10 to 7.17.\n- New dashboard widgets.\n")]
    [InlineData("## 2.14.0\n\n- Use the rolling-replace upgrade by default for clusters from 1.27/1.28 to 1.30+\n- Add metrics for reconcile duration\n")]
    public void ADependencyAFloorOrARange_IsNoValueToSetBack(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.Rollback, ListsValues);
    }

    /// <summary>A size and a pool the operator changes stay the way back (counterexample).</summary>
    [Fact]
    public void TheOperatorsOwnValues_StayTheWayBack()
    {
        var plan = Plan("rollout of billing-api: connection pool from 20 to 40, instance type from m6i.large to m6i.xlarge");

        var line = Assert.Single(plan.Rollback, ListsValues);
        Assert.Contains("`20` → `40`", line, StringComparison.Ordinal);
        Assert.Contains("`m6i.large` → `m6i.xlarge`", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AFixThatNowShowsSomethingImmediately_IsAPatchRelease_NotAnIncident()
    {
        var plan = Plan("- :release:`4.2.3 <2026-03-02>` Bugfix and security release for 4.2.\n- :security:`export` The export page contained attachments of other projects when it was opened through a share link.\n"
            + "- :bug:`labels` Renamed labels are now correctly shown in the sidebar immediately, instead of only after a reload.\n- :bug:`orga:mail` Sending a reminder to a group with no members crashed with a server error.\n- :bug:`schedule` Room names are now sorted correctly again.\n");

        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "incident commander"));
    }

    /// <summary>An "outage window" is a planned stop a feature schedules, not an incident (community.zabbix 4.1.1 in FRESH27).</summary>
    [Fact]
    public void AFeatureForOutageWindows_DeclaresNoIncident()
    {
        var plan = Plan("## 2.8.1\n\n### Minor Changes\n\n- downtime module - Added support for several outage windows within one scheduled event\n- agent role - the package cache is now refreshed before installing\n");

        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "incident commander"));
    }

    /// <summary>A ticket with "deploy immediately" is still an incident's fix (counterexample).</summary>
    [Fact]
    public void ATicketAndDeployImmediately_IsStillAnIncidentsFix()
    {
        var plan = Plan("## 4.2.4\n\n### Fixed\n\n- Fix checkout 502s under load (INC-5521), deploy immediately\n");

        Assert.Contains(Dump(plan).Split('\n'), line => Has(line, "incident commander"));
    }
}
