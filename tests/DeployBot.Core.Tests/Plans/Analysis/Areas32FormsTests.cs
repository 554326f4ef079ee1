using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 32nd session's areas round (FRESH29's misses and false alarms read), each written as release notes of
/// other projects put it, with counterexamples that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas32FormsTests
{
    private static IReadOnlyList<RiskArea> Risks(string notes) => ReleaseAnalyzer.Analyze(notes).Risks;

    private static bool Destructive(string notes) => ReleaseAnalyzer.Analyze(notes).Destructive.Any();

    [Theory]
    [InlineData("- Support zero-configuration TLS with PostgreSQL 17.")]
    [InlineData("- The agent now starts in zero-config mode when no file is found.")]
    public void Analyze_ZeroConfiguration_IsNoConfig(string notes) =>
        Assert.DoesNotContain(RiskArea.Config, Risks(notes));

    [Fact]
    public void Analyze_ConfigurationAdded_IsConfig() =>
        Assert.Contains(RiskArea.Config, Risks("- Support TLS configuration for the PostgreSQL connection."));

    [Theory]
    [InlineData("### Fixed\n\n- boto3 1.34.0 introduced a backwards incompatible change that caused `Bucket.download` to raise on empty keys.")]
    [InlineData("- Fix uploads: google-cloud-storage 2.10 made a breaking change that caused `Blob.open` to return bytes.")]
    public void Analyze_FixForADependencysBreakingChange_IsNotBreaking(string notes) =>
        Assert.DoesNotContain(RiskArea.Breaking, Risks(notes));

    [Fact]
    public void Analyze_ReleaseIntroducedABreakingChange_IsBreaking() =>
        Assert.Contains(RiskArea.Breaking, Risks("- This release introduced a backwards incompatible change to `Bucket.download`: it returns a stream."));

    [Theory]
    [InlineData("- The GCS storage now accepts `:upload_options`.\n- This can be used for supporting MinIO by removing `:predefined_acl` when uploading files.")]
    [InlineData("- New `headers` hook, which can be used to shrink requests by dropping the `Accept-Language` header.")]
    public void Analyze_UseOfAnOptionToldAsARemoval_IsNoRemoval(string notes)
    {
        Assert.False(Destructive(notes));
        Assert.DoesNotContain(RiskArea.Breaking, Risks(notes));
    }

    [Fact]
    public void Analyze_OptionRemoved_IsStillDestructive() =>
        Assert.True(Destructive("- The option `:predefined_acl` has been removed."));

    [Theory]
    [InlineData("- `Index::open` does not return a `Result` anymore.")]
    [InlineData("- Templates that call `render_inline` will not work anymore; use `render` instead.")]
    public void Analyze_BehaviourThatStopsSaidWithNotAnymore_IsBreaking(string notes) =>
        Assert.Contains(RiskArea.Breaking, Risks(notes));

    [Theory]
    [InlineData("- The importer does not crash anymore on empty files.")]
    [InlineData("- Note that passing `timeout` does not override anymore the client's default forever, it is used for that call.")]
    public void Analyze_SymptomOrClarificationSaidWithNotAnymore_IsNotBreaking(string notes) =>
        Assert.DoesNotContain(RiskArea.Breaking, Risks(notes));

    [Theory]
    [InlineData("## From 44.x to 45.x\n\n- Drop `node_filesystem_device_error{fstype=\"tmpfs\"}` metrics, we only alert on real disks.")]
    [InlineData("## 12.0.0\n\n- Drop `http_server_requests_seconds_bucket` and `http_client_requests_seconds_bucket` metrics by default.")]
    public void Analyze_MetricSeriesDropped_IsNoSchema(string notes) =>
        Assert.DoesNotContain(RiskArea.Schema, Risks(notes));

    [Fact]
    public void Analyze_TableDropped_IsStillSchema() =>
        Assert.Contains(RiskArea.Schema, Risks("## 12.0.0\n\n- Drop `audit_log_entries` table; run the migration before starting."));

    [Theory]
    [InlineData("- Bumped github.com/envoyproxy/go-control-plane from v1.36.0 to v1.37.0")]
    [InlineData("- github.com/cncf/xds/go v0.0.0-20251210 => v0.0.0-20260202")]
    public void Analyze_ModulePathSegments_AreNoInfra(string notes) =>
        Assert.DoesNotContain(RiskArea.Infra, Risks(notes));

    [Theory]
    [InlineData("- Upgrade the control plane before the data plane.")]
    [InlineData("- Build with Go 1.25.")]
    [InlineData("- rename `@knexjs/sqlite` to `@knexjs/sqlite3` (#812)")]
    public void Analyze_ControlPlaneOrGoVersion_IsInfra(string notes) =>
        Assert.Contains(RiskArea.Infra, Risks(notes));
}
