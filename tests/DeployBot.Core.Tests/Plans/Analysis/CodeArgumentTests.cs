using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// What a library's caller passes in code is no setting an operator changes in the deployment: parameters named the way
/// code names them (camelCase), and an option passed to a function named in code. A command's flag, a file's key and a
/// snake_case setting stay configuration. Made-up changelog lines.
/// </summary>
public sealed class CodeArgumentTests
{
    [Theory]
    [InlineData("## 5.1.0\n\n- Add `mandateText` and `mandateAcceptedAt` parameters to the transaction gateway")]
    [InlineData("## 5.1.0\n\n- Add `customerRef` parameter support in charge creation")]
    [InlineData("## 5.1.0\n\n- Add `policy_class` option to `authorize` to override the policy")]
    public void Analyze_ArgumentOfCode_IsNotConfiguration(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config), notes);

    [Theory]
    [InlineData("## 5.1.0\n\n- Add `max_connections` parameter to the server config")]
    [InlineData("## 5.1.0\n\n- Add `--drain-timeout` option to `serve` command")]
    [InlineData("## 5.1.0\n\n- Add `worker_count` setting")]
    public void Analyze_SettingOfTheDeployment_IsConfiguration(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config), notes);
}
