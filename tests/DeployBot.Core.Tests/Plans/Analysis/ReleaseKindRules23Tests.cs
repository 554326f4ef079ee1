using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the twenty-third session, as an SRE states them. The notes are made up in the styles of
/// real changelogs (not copied from the labelled fixtures); each rule has cases the analyzer before it got wrong and a
/// case it must leave alone.
/// </summary>
public sealed class ReleaseKindRules23Tests
{
    private static ReleaseKind Kind(string notes) => ReleaseAnalyzer.Analyze(notes).Kind;

    // Calendar versions (year.month) have no major number: each new year.month is a release line and is where such a
    // project ships its breaking changes, so one that removes something is planned like a major. A point release of the
    // line, or a semantic-versioning minor with the same removal, is not.
    [Theory]
    [InlineData("## 24.10.0\n\n### Deprecation / Removal\n\n- Remove the deprecated `--legacy-filter` flag\n- Add `--one-shot` stats option", ReleaseKind.Migration)]
    [InlineData("## Acme Proxy 23.08\n\n* The global setting `skip_checks` has been removed.\n* Common settings can now be kept in a separate section.", ReleaseKind.Migration)]
    [InlineData("## 24.10.1\n\n### Bug fixes\n\n- Fix a crash when the stats stream is closed early", ReleaseKind.Hotfix)]
    [InlineData("## 2.10.0\n\n### Deprecation / Removal\n\n- Remove the deprecated `--legacy-filter` flag\n- Add `--one-shot` stats option", ReleaseKind.Normal)]
    public void Analyze_CalendarReleaseLine_IsReadAsAMajor(string notes, ReleaseKind kind) => Assert.Equal(kind, Kind(notes));

    // Steps the operator has to take, however they are worded: a list opened by "you need to:", a thing that "must be
    // manually changed", a reindex command to run. Each makes a 0.x minor (or any release, for a reindex) a migration.
    [Theory]
    [InlineData("## 0.9.0\n\n### Important\n\nThis version changes the replication protocol. If you run a replication cluster, you need to:\n  - First, cleanly stop all your nodes\n  - Then, start the node stopped last with `--new-cluster`\n\n### Added\n\n- Add a progress meter for joining nodes")]
    [InlineData("Changelog for keyserver 0.14.0 (2026-05-31)\n=====\n\n * Sec #318: Fix world-readable permissions on new `.htpasswd` files\n * Enh #174: Support proxy-based authentication\n\nThe permissions of existing `.htpasswd` files must be manually changed if relevant in your setup.")]
    [InlineData("## 3.2.4\n\n### Hidden blocks are no longer indexed\n\nTo remove hidden blocks from the search index, you need to run the reindex commands:\n\n```bash\nbin/console search:reindex --provider pages\n```")]
    public void Analyze_OperatorStepsInOtherWords_AreAMigration(string notes) => Assert.Equal(ReleaseKind.Migration, Kind(notes));

    [Theory]
    [InlineData("## 0.9.0\n\n### Added\n\n- Add a progress meter for joining nodes\n- Support proxy-based authentication", ReleaseKind.Normal)]
    [InlineData("## 3.2.4\n\n### Bug fixes\n\n- Fix the reindex command skipping hidden pages", ReleaseKind.Hotfix)]
    public void Analyze_NoOperatorStep_KeepsItsKind(string notes, ReleaseKind kind) => Assert.Equal(kind, Kind(notes));

    // Notes that say the release is handled "rather than" as a major version do not make it one.
    [Theory]
    [InlineData("v7.0.1\n-----\n\nBreaking changes\n~~~~~~~~~~~~~~~~\n\n* FooMail: the library no longer officially supports FooMail. (Because this affects few users, it is handled as a minor patch release rather than a semver major version change.)", ReleaseKind.Normal)]
    [InlineData("## 4.0.0\n\nThis major release removes the deprecated `legacy` endpoint.", ReleaseKind.Migration)]
    public void Analyze_DeniedMajorVersion_IsNoMajor(string notes, ReleaseKind kind) => Assert.Equal(kind, Kind(notes));

    // "This release introduces no functional changes" adds nothing: a patch of dependency updates for CVEs is a hotfix.
    [Theory]
    [InlineData("## 4.0.6 (September 11, 2024)\n\nNOTES:\n\n* all: This release introduces no functional changes. It does however include dependency updates which address upstream CVEs. ([#552](https://github.com/acme/provider/issues/552))", ReleaseKind.Hotfix)]
    [InlineData("## 4.0.6 (September 11, 2024)\n\nNOTES:\n\n* all: This release introduces a `request_timeout` argument for the provider.", ReleaseKind.Normal)]
    public void Analyze_ReleaseThatIntroducesNothing_IsNoFeatureRelease(string notes, ReleaseKind kind) => Assert.Equal(kind, Kind(notes));

    // Moving from one code package to another (a Go module, an SDK) swaps a library the release is built with; nothing
    // stored moves. Moving stored data from one system to another still is a migration.
    [Theory]
    [InlineData("# v2.7.1\n\nIMPROVEMENTS\n- migrate S3 storage from the deprecated `github.com/aws/aws-sdk-go-v2/feature/s3/manager` to `github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager`\n- parallelize `ALTER TABLE ... UNFREEZE` after `backup create` instead of running it inline\n- add `general.compression_threads` config option", ReleaseKind.Normal)]
    public void Analyze_CodePackageMigration_IsNoDataMigration(string notes, ReleaseKind kind) => Assert.Equal(kind, Kind(notes));

    // An engine moved to a later point release of the same line is a patch update of a dependency; a move to another
    // minor or major is the engine upgrade. An issue number after "upgrade mysql" is no version at all.
    [Theory]
    [InlineData("## [6.8.1] - 2022-09-13\n### Security\n- Addresses issue where the entity list view would display values of redacted labels.\n### Changed\n- Upgraded etcd version from 3.5.4 to 3.5.5.", ReleaseKind.Hotfix)]
    [InlineData("## [6.8.0] - 2022-09-13\n### Changed\n- Upgraded embedded etcd version from 3.4.20 to 3.5.5.", ReleaseKind.Migration)]
    [InlineData("## [1.2.0] - 2023-08-24\n### Added\n- Added an OpenSearch2 client (#5241)\n### Changed\n- Upgrade yarpc, upgrade mysql (#5345)", ReleaseKind.Normal)]
    public void Analyze_EnginePointReleaseOrIssueNumber_IsNoEngineUpgrade(string notes, ReleaseKind kind) => Assert.Equal(kind, Kind(notes));

    // A patch release that takes away something users work with (pages, a feature, a command) changes what they get;
    // removing unused code or a platform from the test matrix does not.
    [Theory]
    [InlineData("4.5.3 - 2024-06-11\n------------------\n* Update jQuery (#960)\n* Remove pages using outdated AngularJS framework (#960)\n* Fix html encoding of some ascii characters (#813)", ReleaseKind.Normal)]
    [InlineData("4.5.4 - 2024-07-11\n------------------\n* Remove Ubuntu 20 from testing\n* Fix html encoding of some ascii characters (#813)", ReleaseKind.Hotfix)]
    [InlineData("4.5.4 - 2024-07-11\n------------------\n* Remove the dependency on an old clock library to avoid conflicts\n* Fix html encoding of some ascii characters (#813)", ReleaseKind.Hotfix)]
    public void Analyze_PatchRemovingAFeature_IsNoHotfix(string notes, ReleaseKind kind) => Assert.Equal(kind, Kind(notes));
}
