using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The release kind from what an SRE reads in the notes. The notes are made up in the styles of real changelogs (not
/// copied from the labelled fixtures).
/// </summary>
public sealed class ReleaseKindSignalsTests
{
    [Theory]
    [InlineData("## 2.7.3\n\n- plugin/cache: Add a `max_ttl` directive\n- plugin/log: Fix a panic on empty names")]
    [InlineData("## 2.7.3\n\nThis patch release fixes a memory leak in the resolver. It also adds a metrics endpoint to the admin server.")]
    [InlineData("## 2.7.3\n\n### Breaking Changes\n\nThe `/admin/jobs` endpoint now pages with a cursor.\n\n### Bug Fixes\n\n- Fix the retry delay")]
    [InlineData("## 2.7.3\n\n### Bug fixes\n\n- feat: support per-tenant rate limits\n- fix: crash on empty payloads")]
    [InlineData("## 2.7.3\n\n- Require the tenant to be set when creating API keys\n- Fix decoding of empty payloads")]
    public void Analyze_PatchReleaseThatAddsOrChangesSomething_IsNormal(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 4.1.2\n\n### Bug Fixes\n\n- **query:** allow empty arrays in `IN` filters\n- scheduler: create the lock file only once")]
    [InlineData("## 4.1.2\n\n### Fixed\n\n- Fix a crash on shutdown\n- Fix the order of retries")]
    [InlineData("## 4.1.2\n\n**Fixes and enhancements:**\n\n- Avoid reusing a cipher context across threads\n- Fix decoding of empty payloads")]
    public void Analyze_PatchReleaseOfFixesOnly_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 0.90.0\n\n- Support for MySQL as the metadata store has been dropped. Move to PostgreSQL before upgrading.")]
    [InlineData("## 3.4.0\n\n- Reports are stored in a new layout. Back up the reports folder before upgrading.")]
    [InlineData("## 3.4.0\n\n- Old widgets are converted and removed; if they hold data you need, back it up manually.")]
    [InlineData("## 1.8.0\n\n- Adds a `region` column to the `events` table, which locks the table while it runs. Scheduled downtime may be advised.")]
    [InlineData("## 4.3.0\n\n- The minimum Node.js version supported by the server is now 22.")]
    [InlineData("## 4.3.0\n\n- chore!: Ruby 3.3 is now the minimum version we support")]
    [InlineData("## 4.3.0\n\n- Python 3.9 is no longer supported by the server.")]
    [InlineData("## 4.3.0\n\n- From this release on, Java runtime version 21 is required.")]
    public void Analyze_ReleaseWithAManualUpgradeStepOrADroppedDatastore_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("## 1.8.0\n\n- Update the supported Python versions to 3.10-3.13")]
    [InlineData("## 1.8.0\n\n- Bump the minimum Go version")]
    [InlineData("## 1.8.0\n\n- Drop support for MySQL EOL release 5.7")]
    [InlineData("## 1.8.0\n\n- Python version upgrade in the worker image")]
    [InlineData("## 1.8.0\n\n- Ship a safer HAProxy `timeout http-request` in the sample setup")]
    public void Analyze_SupportedRuntimeVersionsChanged_IsInfra(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra));

    [Theory]
    [InlineData("## 1.8.0\n\n- Add Python 3.14 to the CI matrix")]
    [InlineData("## 1.8.0\n\n- Test against Node 24 on CI")]
    [InlineData("## 1.8.0\n\n- Bump Apache Commons Text to 1.12")]
    public void Analyze_RuntimeOnlyInCiOrAFoundationsLibrary_IsNotInfra(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Infra));

    [Fact]
    public void Analyze_MinorReleaseRaisingTheGoToolchainMinimum_IsNotAMigration() =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze("## 4.3.0\n\n- The minimum Go version is now 1.25.\n- Add a `--dry-run` flag").Kind);
}
