using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Windows;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace DeployBot.Host.Tests.Cli;

/// <summary>The <c>plan</c> verb reads WINDOW before planning: one it cannot use is exit 2 with one line.</summary>
public sealed class PlanCommandWindowTests
{
    // Saturday 28 November 2026, 20:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("after the standup")]
    [InlineData("tonight")]
    [InlineData("Sat 25:00-26:00 UTC")]
    [InlineData("Sat 22:00-23:00 Europe/Berln")]
    public async Task RunAsync_UnreadableWindow_ExitsTwoWithOneLineAndTheHint(string window)
    {
        var run = await RunAsync("NOTES=Fix the login loop", "ENVIRONMENT=staging", $"WINDOW={window}");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"plan: can't read WINDOW \"{window}\" as a time; {WindowReader.FormatHint}\n", run.Error);
    }

    [Fact]
    public async Task RunAsync_WindowAlreadyOver_ExitsTwoAskingForOneStillAhead()
    {
        var run = await RunAsync("NOTES=Fix the login loop", "ENVIRONMENT=prod", "WINDOW=2026-11-28 18:00-19:00 UTC");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "plan: WINDOW \"2026-11-28 18:00-19:00 UTC\" ended at Sat 28 Nov 19:00 UTC; give a window that is still ahead\n",
            run.Error);
    }

    [Fact]
    public async Task RunAsync_UnreadableWindowAndMissingNotes_NamesBothOnOneLine()
    {
        var run = await RunAsync("ENVIRONMENT=staging", "WINDOW=whenever");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("plan: missing NOTES; can't read WINDOW \"whenever\"", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("Sat 22:00-23:00 CET")]
    [InlineData("22:00-01:00 Europe/Berlin")]
    [InlineData("9-10pm PT")]
    [InlineData("now until 03:00 UTC")]
    [InlineData("2h")]
    public async Task RunAsync_ReadableWindow_PrintsThePlan(string window)
    {
        var run = await RunAsync("NOTES=Fix the login loop", "ENVIRONMENT=prod", $"WINDOW={window}");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains(window, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Window_ReachesThePlannerReadAsOfTheSameNow()
    {
        var planner = Substitute.For<IDeploymentPlanner>();
        planner.CreatePlanAsync(Arg.Any<PlanningInput>(), Arg.Any<CancellationToken>()).Returns(SamplePlan());

        var run = await PlanCommandHarness.RunAsync(
            ["NOTES=x", "ENVIRONMENT=staging", "WINDOW=Sat 22:00-23:00 CET"], planner: planner, time: new FakeTimeProvider(Now));

        Assert.Equal(0, run.ExitCode);
        await planner.Received(1).CreatePlanAsync(
            Arg.Is<PlanningInput>(input => input.Now == Now && input.Window!.UtcText == "Sat 21:00–22:00 UTC" && input.Window.Minutes == 60),
            Arg.Any<CancellationToken>());
    }

    private static Task<CommandRun> RunAsync(params string[] arguments) =>
        PlanCommandHarness.RunAsync(arguments, time: new FakeTimeProvider(Now));

    private static DeploymentPlan SamplePlan() => new(
        new PlanContext("x", "staging", "Sat 22:00-23:00 CET", null),
        ["Deploys x to staging."],
        ["CI is green."],
        [new PlanStep("Build the image", null, StepMode.Automated)],
        ["Health checks pass."],
        ["Redeploy the previous image."],
        ["Tell the team."],
        ReleaseKind.Normal,
        [],
        PlannerInfo.OfflineByChoice);
}
