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
}
