using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The project's own test runner and suite are not deployed: a flag of the test runner is no setting an operator
/// changes, whatever words the item uses. Made-up changelog lines.
/// </summary>
public sealed class ProjectToolingTests
{
    [Theory]
    [InlineData("## 2.4.1\n\n- test runner is now node --test")]
    [InlineData("## 2.4.1\n\n- The test suite now runs with --experimental-vm-modules")]
    public void Analyze_TestRunnerChange_ChangesNoConfiguration(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.False(analysis.Has(RiskArea.Config), notes);
        Assert.Empty(analysis.Risks);
    }

    [Fact]
    public void Analyze_RunnerOfTheDeployment_StillReadsItsFlag() =>
        Assert.True(ReleaseAnalyzer.Analyze("## 2.4.1\n\n- the job runner now needs --max-workers set").Has(RiskArea.Config));
}
