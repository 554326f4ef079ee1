using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Configuration is what an operator sets in the deployment: an option of a function, request or type in a library's
/// code API is not. The notes are made up in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class ConfigScopeTests
{
    [Theory]
    [InlineData("## 6.3.0\n\n- Add a `retries` option to `send()`")]
    [InlineData("## 6.3.0\n\n- types(query): accept the `lean` option in the return type of `findOne`")]
    [InlineData("## 6.3.0\n\n- New `expand` parameter on the request of the list method")]
    public void Analyze_OptionOfALibrarysCodeApi_IsNotConfig(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Config)));

    [Theory]
    [InlineData("## 6.3.0\n\n- Add a `max_connections` option to the server configuration")]
    [InlineData("## 6.3.0\n\n- BREAKING: drop support for the keepOpen option and `Pool.release()`")]
    [InlineData("## 6.3.0\n\n- The `REQUEST_TIMEOUT` setting now applies to outgoing requests")]
    [InlineData("## 6.3.0\n\n- Helm chart: add an option to set the init container resources")]
    [InlineData("## 6.3.0\n\n- We reverted the new `rbac.create_cluster_role` Helm option after a bug report.")]
    public void Analyze_OptionTheOperatorSetsOrLoses_IsConfig(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config));

    [Theory]
    [InlineData("## 6.3.0\n\n- Exporting a report now needs the `REPORT_EXPORT` permission on the report.")]
    [InlineData("## 6.3.0\n\n- Added an index on the table `ORDER_LINE_ITEMS` to speed up invoices.")]
    [InlineData("## 6.3.0\n\n- Jobs of type SCHEDULED_ONCE are now shown in the queue view.")]
    public void Analyze_NameInCapitalsCalledAPermissionTableOrValue_IsNotConfig(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Config)));

    [Theory]
    [InlineData("## 6.3.1\n\n- No configuration or secret changes are required for this upgrade.")]
    [InlineData("## 6.3.1\n\n- There is no configuration flag or environment variable to turn the new check off.")]
    [InlineData("## 6.3.1\n\n- The storage client was rewritten; the configuration you write did not change.")]
    [InlineData("## 6.3.1\n\n- Thumbnails are kept under the `thumbs` prefix in the configured bucket.")]
    public void Analyze_ConfigurationSaidToBeUnchanged_IsNotConfig(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Config)));

    [Theory]
    [InlineData("## 6.3.0\n\n- breaking: responses are no longer cached by default")]
    [InlineData("## 6.3.0\n\n- Compression of uploads can be disabled in the worker.\n- Default is true, will become false in 7.x")]
    public void Analyze_ADefaultOrASwitchTheOperatorCanTurn_IsConfig(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config));

    [Fact]
    public void Analyze_WhatIsNoLongerShippedByDefault_IsNotConfig() =>
        Assert.False(ReleaseAnalyzer.Analyze("## 6.3.1\n\n- Debug tools are no longer available in the image by default.").Has(RiskArea.Config));
}
