using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 30th session's areas round (FRESH27's misses and false alarms read), each written as release notes of
/// other projects put it, with counterexamples that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas30FormsTests
{
    private static IReadOnlyList<RiskArea> Risks(string notes) => ReleaseAnalyzer.Analyze(notes).Risks;

    private static bool Destructive(string notes) => ReleaseAnalyzer.Analyze(notes).Destructive.Any();

    [Theory]
    [InlineData("- On first start the server will encrypt existing user passwords with argon2id.")]
    [InlineData("- If you have calendars stored in the database in the old binary format, load and save them once with 4.x first.")]
    public void Analyze_ExistingSecretsOrRecordsConvertedByTheRelease_AreData(string notes) =>
        Assert.Contains(RiskArea.Data, Risks(notes));

    [Theory]
    [InlineData("- Encrypt new uploads at rest.")]
    [InlineData("- The documentation now describes the binary format.")]
    public void Analyze_NewThingsEncryptedOrAFormatDescribed_AreNoData(string notes) =>
        Assert.DoesNotContain(RiskArea.Data, Risks(notes));

    [Fact]
    public void Analyze_MigrationRemovingDuplicateRows_IsDataAndDestructive()
    {
        const string notes = "- Add a unique index on `slug`; it ships with a migration that deletes duplicate tags first.";
        Assert.Contains(RiskArea.Data, Risks(notes));
        Assert.True(Destructive(notes));
    }

    [Theory]
    [InlineData("- Providing a CA certificate file is now required for outbound replication when TLS is on.")]
    [InlineData("- The agent now requires a CA certificate to connect to the broker.")]
    public void Analyze_CertificateMadeMandatory_IsAuth(string notes) =>
        Assert.Contains(RiskArea.Auth, Risks(notes));

    [Fact]
    public void Analyze_CertificateInAReport_IsNoAuth() =>
        Assert.DoesNotContain(RiskArea.Auth, Risks("- The status page shows how many days the certificate of each site has left."));

    [Theory]
    [InlineData("- The `pool_size` option is now named `max_connections`; update your config.toml.")]
    [InlineData("- `mod_offline_meta` is now called `mod_offline`.")]
    [InlineData("- The `legacy` log handler in sys.config should be renamed from `legacy` to `console`.")]
    public void Analyze_NameChangedInPlace_IsDestructive(string notes) =>
        Assert.True(Destructive(notes));

    [Theory]
    [InlineData("- The dashboard is now named after the cluster it shows.")]
    [InlineData("- You can now rename dashboards from the sidebar.")]
    public void Analyze_NamingAsAFeature_IsNotDestructive(string notes) =>
        Assert.False(Destructive(notes));

    [Fact]
    public void Analyze_ImagesRenamed_IsInfra() =>
        Assert.Contains(RiskArea.Infra, Risks("- The `acme-worker` images have been renamed to `acme/worker`."));

    [Fact]
    public void Analyze_UpgradeThatErasesTheData_IsDestructive() =>
        Assert.True(Destructive("- Move to MariaDB 11 (you will need to wipe your database, so take a dump first)."));

    [Theory]
    [InlineData("### Fixed\n\n- Removed the `maxLength: 64` constraint from `Account.nickname` so long names deserialize.")]
    [InlineData("### Bug Fixes\n\n* handle missing keys and drop constraint errors (#812)")]
    public void Analyze_ValidationRelaxedOrDeletionErrorFixed_IsNotDestructive(string notes) =>
        Assert.False(Destructive(notes));

    [Theory]
    [InlineData("## 2.3.1\n\n### Bug Fixes\n\n- Lower the minimum Helm version to 3.8.0 (#412)")]
    [InlineData("## 4.1.2\n\n- Fixed #881 - fix an accidental backwards-incompatible change in the frame codec that slipped into 4.1.0")]
    [InlineData("## 5.0.2\n\n- Pinned `jinja2` to 3.0.x because of a breaking change introduced in version 3.1.")]
    [InlineData("## 3.2.0\n\n- To take advantage of the faster writer, you need to set `writer: v2` in your settings.")]
    [InlineData("## 6.4.1\n\nA short maintenance release before the next major version.\n\n- Fix the retry delay")]
    public void Analyze_LoweredFloorFixedRegressionPinOptInOrNextMajor_IsNotBreaking(string notes) =>
        Assert.DoesNotContain(RiskArea.Breaking, Risks(notes));

    [Theory]
    [InlineData("## 3.0.0\n\n- Raise the minimum Helm version to 3.12.")]
    [InlineData("## 3.0.0\n\n- This release introduces a breaking change in the frame codec.")]
    [InlineData("## 2.0.1\n\n### Bug fixes\n\n- Reverts the breaking change to the CLI flags shipped in 2.0.0; `--out` is back.")]
    public void Analyze_RaisedFloorOrOwnBreakingChange_StaysBreaking(string notes) =>
        Assert.Contains(RiskArea.Breaking, Risks(notes));

    [Fact]
    public void Analyze_DependencyPinnedAgainstItsMigrations_IsNoSchema() =>
        Assert.DoesNotContain(RiskArea.Schema, Risks("- Pinned `django-mptt` to 0.13.x because of a breaking change introduced in version 0.14 that requires database migrations."));

    [Theory]
    [InlineData("- Hangfire.NET v2.1.4 is a small patch for a race between the scheduler and the logger.")]
    [InlineData("- The full list of changes in NServiceBus.NET 9.0.3 is on the releases page.")]
    public void Analyze_ProductNamedAfterDotNet_IsNoInfra(string notes) =>
        Assert.DoesNotContain(RiskArea.Infra, Risks(notes));

    [Fact]
    public void Analyze_TheDotNetPlatformItself_StaysInfra() =>
        Assert.Contains(RiskArea.Infra, Risks("- Drop support for .NET 6; .NET 8 is now the minimum."));
}
