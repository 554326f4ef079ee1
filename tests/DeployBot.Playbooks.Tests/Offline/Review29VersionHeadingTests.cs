using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The version the rollout names, from headings in the markups other projects use (FRESH25 sweep, #18: 16 plans said
/// "the new version" or a binary's name while the notes named the version). Every positive said "the new version" (or
/// the bare service name) on main at dd4e348; the notes are this file's own.
/// </summary>
public sealed class Review29VersionHeadingTests
{
    /// <summary>
    /// An AsciiDoc title ("== 3.4.0", "=== Version 1.12.0"), a setext title with a dotted "v." over "====", a changelog
    /// generator's escaped Markdown ("## v3\.2\.0"), and a release-name line ("Acme Pipelines v7.0: …", "Example Search
    /// Server 3.9.1").
    /// </summary>
    [Theory]
    [InlineData("== 3.4.0\n\nhttps://example.org/jira/ReleaseNote[Full release notes]\n\n=== Highlights\n\n* Faster journal compaction in the broker\n* A new console page for diverts\n", "3.4.0")]
    [InlineData("=== Version 1.12.0\n\n* Adds a retry option to the HTTP source\n* Faster startup\n", "1.12.0")]
    [InlineData("v.4.1.2 2024-03-11\n==================\n\nBugfixes\n--------\n\n* Fix the export of large datasets (#8123)\n* Fix a crash in the dataset editor\n", "4.1.2")]
    [InlineData("## v3\\.2\\.0\n\n### Release Summary\n\nFeature release\\.\n\n### Minor Changes\n\n* acme\\_container \\- add the `timeout` option\\.\n", "3.2.0")]
    [InlineData("Acme Pipelines v7.0: faster scheduling for everyone\n\nThe job scheduler was rewritten and picks inputs differently in some cases.\n", "7.0")]
    [InlineData("Example Search Server 3.9.1\n\nHighlights\n\n* Better paging performance\n* New metrics for the index\n", "3.9.1")]
    public void AVersionHeading_NamesTheVersionRolledOut(string notes, string version)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), step => Has(step, $"rollout of version {version} "));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "the new version as a canary"));
    }

    /// <summary>
    /// An upgrade guide's series title ("4.x.x to 5.x.x", "Upgrading from 2.x.x to 3.x.x"): the target is the "to" side, as
    /// a series, or the one release of that series the body says is out ("major version 5.0.0 is now available").
    /// </summary>
    [Theory]
    [InlineData("## [2023-05-10] 4.x.x to 5.x.x\n### Overview\n\nVersion `5.x.x` is the first version that drops support for Node 14.\n\n- The `Client` constructor now takes an options object.\n", "5.x.x")]
    [InlineData("## [2023-05-10] 4.x.x to 5.x.x\n### Overview\n\nThe SDK major version 5.0.0 is now available, without breaking changes to existing calls.\n", "5.0.0")]
    [InlineData("Upgrading from 2.x.x to 3.x.x\n\nThe `send` helper was removed; use `deliver` instead.\n", "3.x.x")]
    public void AGuideForASeries_RollsOutTheTargetSeries(string notes, string version)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.Steps, step => Has(step.Action, $"version {version}") || Has(step.Action, $" to {version}"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "the new version as a canary"));
    }

    /// <summary>Counterexamples: a setext title that already worked still does; a sentence naming a dependency's version is no heading.</summary>
    [Fact]
    public void ADependencyInProse_IsNoReleaseVersion()
    {
        Assert.Contains(Actions(Plan("v2.3.0 2021-06-01\n-----------------\n\n* New search filters\n* Faster dataset listing\n")), step => Has(step, "version 2.3.0"));
        Assert.DoesNotContain(Actions(Plan("We now require PostgreSQL 14.2 or later.\n\n- Faster imports\n- A new export button\n")), step => Has(step, "version 14.2"));
    }
}
