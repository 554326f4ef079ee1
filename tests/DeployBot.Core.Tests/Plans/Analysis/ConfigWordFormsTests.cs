using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Configuration words that change no configuration (the sixteenth session): "when not configured", "a configured
/// provider", "is configured" describe the deployment's configuration as it already is, like "the configured store".
/// A named key that "is configured", configuration "configured to" something new, and a knob that "can be configured" still count. Made-up items.
/// </summary>
public sealed class ConfigWordFormsTests
{
    [Theory]
    [InlineData("- worker: stop sending retention_policy when not configured (#812)")]
    [InlineData("- Skip the sign-in chooser if exactly one external provider is configured")]
    [InlineData("- Fixed `Runner.Work` to honor a configured custom schema name.")]
    public void Analyze_ConfigurationAsItAlreadyIs_IsNotAConfigChange(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Config));

    [Theory]
    [InlineData("- Queue metrics are now only recorded when `sending_queue::batch` is configured")]
    [InlineData("- The retry budget can now be configured per route.")]
    [InlineData("- Workers are configured to drain for 30 seconds before they stop.")]
    public void Analyze_ANamedKeyOrANewKnob_IsAConfigChange(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Config));

    [Theory]
    [InlineData("- [CHANGE] Enable the new scheduler by default.")]
    [InlineData("- [core] disable multipath TCP support by default")]
    public void Analyze_AnImperativeDefaultChange_IsAConfigChange(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Config));

    [Theory]
    [InlineData("- Remove deprecated `HTTP_418_TEAPOT` and `WS_1012_SERVICE_RESTART`.")]
    [InlineData("- Add `WS_1014_BAD_GATEWAY` to the status codes")]
    public void Analyze_StatusCodeConstants_AreNotSettings(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Config));

    [Theory]
    [InlineData("- Remove deprecated `HTTP_PROXY_TIMEOUT`.")]
    [InlineData("- Add `S3_UPLOAD_PART_SIZE` to tune multipart uploads")]
    [InlineData("- Read `PG_15_DATA_DIR` for the upgrade")]
    public void Analyze_SettingNamesWithOrWithoutSmallNumbers_AreSettings(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Config));
}
