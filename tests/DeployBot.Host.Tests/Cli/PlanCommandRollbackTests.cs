using DeployBot.Core.Plans.Rendering;

namespace DeployBot.Host.Tests.Cli;

/// <summary><c>plan … --rollback</c> prints the detailed rollback plan of plan-format.md (CONTRACT.md).</summary>
public sealed class PlanCommandRollbackTests
{
    [Fact]
    public async Task RunAsync_Rollback_PrintsTheSixSectionsInOrderNamingTheFlagAndTheDestructiveItem()
    {
        var run = await PlanCommandHarness.RunAsync(
            ["NOTES=Drop the legacy users.password_md5 column", "ENVIRONMENT=staging", "FLAG=login-v2", "--rollback"]);

        Assert.Equal(0, run.ExitCode);
        var positions = MarkdownRollbackRenderer.Headings.Select(heading => run.Output.IndexOf($"## {heading}\n", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, position => Assert.True(position > 0, run.Output));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("- **FLAG:** login-v2", run.Output, StringComparison.Ordinal);
        var steps = run.Output.Split("## Rollback Steps")[1].Split("## Data & Schema Recovery")[0];
        Assert.Contains("1. Announce the rollback", steps, StringComparison.Ordinal);
        Assert.Contains("Turn login-v2 off for everyone", steps, StringComparison.Ordinal);
        Assert.Contains("Restore \"users.password_md5\" from the snapshot", steps, StringComparison.Ordinal);
        Assert.Contains("cannot be reversed", run.Output.Split("## Data & Schema Recovery")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RollbackAsJson_IsTheRollbackRecord()
    {
        var run = await PlanCommandHarness.RunAsync(["NOTES=Fix the tooltip colour", "ENVIRONMENT=staging", "--rollback", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"dataRecovery\":", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"triggers\":", run.Output, StringComparison.Ordinal);
    }
}
