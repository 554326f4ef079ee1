using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release-kind rules of the twentieth session, as an SRE states them. The notes are made up in the styles of real
/// changelogs (not copied from the labelled fixtures); each rule has cases the analyzer before it got wrong and a case it
/// must leave alone.
/// </summary>
public sealed class ReleaseKindRules20Tests
{
    // Notes pasted without a heading name their version on the opening line, alone or after a word for the release, the
    // project or its date: that is the release's version, as a heading's would be.
    [Theory]
    [InlineData("Release 2.31.4: fix the login loop after a session expires\n- fix a crash when the cart is empty")]
    [InlineData("v4.8.1\nfix(http): a crash on an empty Host header (#812)\nfix(tls): a leak of session tickets (#815)")]
    [InlineData("Acme 3.6.2\n2026/01/20\n\n * Bug fixes *\n\n  - Fix rounding of totals in the invoice export")]
    public void Analyze_PatchVersionOnTheOpeningLine_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_MajorVersionAfterTheDateOnTheOpeningLine_WithABreakingChange_IsAMigration() =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(
            "2026-03-28, Version 6.0.0\n\t* core: [breaking change] the `LegacyMode` option is removed.\n\t* core: add a `--threads` flag.").Kind);

    // A version further into the opening line is something else's (a dependency bumped, the version a client needs).
    [Theory]
    [InlineData("patch bumps via renovate (rspec, rubocop, puma 6.4.2 -> 6.4.3), add a `--threads` flag")]
    [InlineData("kill /v1/login, mobile >= 5.0 uses /v2/auth/token")]
    public void Analyze_VersionInsideTheOpeningLine_IsNotTheRelease(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    // Before 1.0 semantic versioning puts breaking changes in the minor number: a 0.x minor that stops supporting a
    // runtime version is that release's upgrade step (the runtime must move first). After 1.0 a library's minor that drops
    // an old interpreter leaves its callers to choose when to move.
    [Theory]
    [InlineData("## 0.31.0 (2026-02-02)\n\n### Removed\n\n* Drop Python 3.9 support [#2911](https://github.com/acme/web/pull/2911).\n\n### Added\n\n* Add `max_part_size` to the form parser.")]
    [InlineData("0.14.0\n------\nAdded\n^^^^^\n- Allow `on_delete=RESTRICT` on foreign keys\n\nRemoved\n^^^^^^^\n- Drop support for `node` 16.")]
    public void Analyze_InitialDevelopmentMinorThatDropsARuntime_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Fact]
    public void Analyze_LibraryMinorAfterOneThatDropsARuntime_IsNormal() =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze("## 2.9.0\n\n- Drop support for Python 3.9\n- Add a `timeout` argument to `Session.send`").Kind);

    // Removing a version of a datastore or runtime engine the server runs on ("Remove Erlang 25", "Drop PostgreSQL 13") is
    // the same raised floor as "drop support for PostgreSQL 13": whoever runs the old one upgrades it first.
    [Theory]
    [InlineData("## Version 26.02\n\n#### Runtime\n\n- Remove Erlang 25, which no longer builds with the new JSON module\n- `mod_http_api`: New command `list_sessions`")]
    [InlineData("## 5.3.0\n\n- Drop PostgreSQL 13 from the supported servers\n- Add a `--jobs` option to the restore command")]
    public void Analyze_ReleaseThatRemovesAnEngineVersion_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);
}
