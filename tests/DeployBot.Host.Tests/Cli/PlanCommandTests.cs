using System.Text.Json;
using System.Text.RegularExpressions;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Host.Cli;
using Microsoft.Extensions.Configuration;
using NSubstitute;

namespace DeployBot.Host.Tests.Cli;

public sealed class PlanCommandTests
{
    // The headings of plan-format.md, in the order a plan must show them.
    private static readonly string[] Headings =
    [
        "## Deployment Summary", "## Pre-Deployment Checks", "## Deployment Steps",
        "## Verification & Observability", "## Rollback Readiness", "## Next Actions",
    ];

    [Fact]
    public async Task RunAsync_OfflineStagingRequest_PrintsMarkdownPlanAndExitsZero()
    {
        var run = await RunAsync("NOTES=Fix the login redirect loop on Safari", "ENVIRONMENT=stage");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("staging", run.Output, StringComparison.Ordinal);
        Assert.Contains("Fix the login redirect loop on Safari", run.Output, StringComparison.Ordinal);
        var positions = Headings.Select(heading => run.Output.IndexOf(heading, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, position => Assert.True(position >= 0, run.Output));
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format=json")]
    [InlineData("--format=JSON")]
    public async Task RunAsync_FormatJson_PrintsCamelCasePlanJson(params string[] formatArguments)
    {
        string[] request = ["NOTES=ALTER TABLE orders ADD COLUMN refund_reason; backfill old rows", "ENVIRONMENT=prod", "WINDOW=Sat 02:00-04:00 UTC", "FLAG=refunds-v2"];

        var run = await RunAsync([.. request, .. formatArguments]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("production", root.GetProperty("context").GetProperty("environment").GetString());
        Assert.Equal("refunds-v2", root.GetProperty("context").GetProperty("flag").GetString());
        Assert.Contains(root.GetProperty("releaseKind").GetString(), new[] { "normal", "hotfix", "migration" });
        Assert.Equal(JsonValueKind.Array, root.GetProperty("risks").ValueKind);
        Assert.Contains("schema", root.GetProperty("risks").EnumerateArray().Select(risk => risk.GetString()));
        Assert.Equal("offline", root.GetProperty("planner").GetProperty("name").GetString());
    }

    [Fact]
    public async Task RunAsync_NotesWithQuotesAndNewlines_ReachThePlannerUnchanged()
    {
        const string notes = "## 3.2.0\n- Rename \"legacy\" column\n- Note: FLAG=x is text here, C:\\tmp too";
        var planner = Substitute.For<IDeploymentPlanner>();
        planner.CreatePlanAsync(Arg.Any<PlanningInput>(), Arg.Any<CancellationToken>()).Returns(SamplePlan());

        var run = await RunAsync([$"NOTES={notes}", "ENVIRONMENT=Stg", "--format", "markdown"], planner);

        Assert.Equal(0, run.ExitCode);
        await planner.Received(1).CreatePlanAsync(
            Arg.Is<PlanningInput>(input => input.Request.Notes == notes && input.Request.Environment == "staging"
                && input.Request.Flag == null && input.Environment.Name == "staging"),
            Arg.Any<CancellationToken>());
        Assert.Contains("Build the image with", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ReadingTheNotesTimesOut_OneStderrLineAndNoPartialPlan()
    {
        var planner = Substitute.For<IDeploymentPlanner>();
        planner.CreatePlanAsync(Arg.Any<PlanningInput>(), Arg.Any<CancellationToken>())
            .Returns<DeploymentPlan>(_ => throw new RegexMatchTimeoutException("input", "pattern", TimeSpan.FromSeconds(5)));

        var run = await RunAsync(["NOTES=Adds invoices.due_at", "ENVIRONMENT=staging"], planner);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("plan: reading the notes took longer than allowed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task RunAsync_MissingNotesAndUnknownEnvironment_NamesBothOnOneStderrLine()
    {
        var run = await RunAsync("ENVIRONMENT=prd");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            "plan: missing NOTES; unknown environment \"prd\". Known environments: production (alias prod), staging (alias stage, stg)\n",
            run.Error);
    }

    [Fact]
    public async Task RunAsync_ProductionWithoutWindow_IsAnErrorBecauseNothingCanAskForIt()
    {
        var run = await RunAsync("NOTES=fix", "ENVIRONMENT=prod");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("plan: missing WINDOW (production requires a maintenance window)\n", run.Error);
    }

    [Fact]
    public async Task RunAsync_BadOptionsAndBadArguments_AreAllReportedTogether()
    {
        var run = await RunAsync("NOTES=x", "NOTES=y", "TEAM=a", "ENVIRONMENT=staging", "--fromat", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("plan: ", line, StringComparison.Ordinal);
        Assert.Contains("\"TEAM\"", line, StringComparison.Ordinal);
        Assert.Contains("NOTES is given more than once", line, StringComparison.Ordinal);
        Assert.Contains("unknown option \"--fromat\"", line, StringComparison.Ordinal);
        Assert.Contains("unknown --format \"xml\" (use markdown or json)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoArguments_ShowsWhatIsMissingAndTheUsage()
    {
        var run = await RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"plan: missing NOTES, ENVIRONMENT (usage: {PlanCommandLine.Usage})\n", run.Error);
    }

    [Fact]
    public async Task RunAsync_Help_PrintsUsageAndExitsZero()
    {
        var run = await RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--format markdown|json", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EnvironmentFromConfiguration_IsResolvedByAlias()
    {
        var settings = new Dictionary<string, string?> { ["Environments:qa:Aliases:0"] = "test", ["Environments:qa:RequireWindow"] = "true" };

        var run = await RunAsync(["NOTES=x", "ENVIRONMENT=TEST"], planner: null, settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("plan: missing WINDOW (qa requires a maintenance window)\n", run.Error);
    }

    [Fact]
    public async Task RunAsync_OnlyTheShippedConfiguration_KnowsItsEnvironments()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await PlanCommand.RunAsync(
            ["NOTES=x", "ENVIRONMENT=prod"],
            output,
            error,
            builder => builder.Configuration.AddInMemoryCollection([new("Model:Provider", "Offline")]),
            TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.Equal("plan: missing WINDOW (production requires a maintenance window)", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task RunAsync_ModelConfiguredWithoutEndpoint_ExitsOneNamingTheConfigurationProblem()
    {
        var settings = new Dictionary<string, string?> { ["Model:Provider"] = "OpenAICompatible", ["Model:ModelId"] = "llama3.1" };

        var run = await RunAsync(["NOTES=x", "ENVIRONMENT=staging"], planner: null, settings);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("plan: invalid configuration: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Endpoint", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Task<CommandRun> RunAsync(params string[] arguments) => PlanCommandHarness.RunAsync(arguments);

    private static Task<CommandRun> RunAsync(string[] arguments, IDeploymentPlanner? planner, Dictionary<string, string?>? settings = null) =>
        PlanCommandHarness.RunAsync(arguments, settings, planner);

    private static DeploymentPlan SamplePlan() => new(
        new PlanContext("x", "staging", null, null),
        ["Deploys x to staging."],
        ["CI is green."],
        [new PlanStep("Build the image with `ci/build.yml`", "ci/build.yml", StepMode.Automated)],
        ["Health checks pass."],
        ["Redeploy the previous image."],
        ["Tell the team."],
        ReleaseKind.Normal,
        [],
        PlannerInfo.OfflineByChoice);
}
