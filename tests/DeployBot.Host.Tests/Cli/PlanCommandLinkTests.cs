using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Testing.Sources;
using NSubstitute;

namespace DeployBot.Host.Tests.Cli;

/// <summary>The <c>plan</c> verb with NOTES as a link, read from the fake GitHub API through the real release sources.</summary>
public sealed class PlanCommandLinkTests : IAsyncLifetime
{
    private const string Link = "https://github.com/acme/shop/pull/42";
    private const string HeadSha = "6dcb09b5b57875f334f61aebed695e2e4193db5e";
    private FakeGitHubApi _github = null!;

    public async ValueTask InitializeAsync()
    {
        _github = await FakeGitHubApi.StartAsync(TestContext.Current.CancellationToken);
        _github.Add(new FakePullRequest(
            "acme/shop",
            42,
            "Add invoice due dates",
            "- ALTER TABLE invoices ADD COLUMN due_date date",
            HeadSha,
            [
                new FakeFile("db/migrations/V42__add_invoice_due_date.sql", "added"),
                new FakeFile("deploy/k8s/billing-deployment.yaml", "modified", "@@ -20,6 +20,9 @@\n         env:\n+          - name: INVOICE_SIGNING_KEY\n+            valueFrom:\n+              secretKeyRef: { name: billing, key: invoice-signing-key }"),
            ],
            [new FakeCommit(HeadSha, "Add due_date to invoices")]));
        _github.Add("acme/shop", HeadSha, new FakeCheckRun("build"), new FakeCheckRun("integration-tests", "completed", "failure"));
    }

    public ValueTask DisposeAsync() => _github.DisposeAsync();

    [Fact]
    public async Task RunAsync_NotesAreAPullRequestLink_ExitsZeroWithThePlan()
    {
        var run = await PlanCommandHarness.RunAsync([$"NOTES={Link}", "ENVIRONMENT=staging"], Settings());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("## Deployment Steps", run.Output, StringComparison.Ordinal);
        Assert.Contains("/repos/acme/shop/pulls/42", _github.Calls.Select(call => call.Path));
    }

    [Fact]
    public async Task RunAsync_NotesAreAPullRequestLink_ThePlanNamesItsMigrationItsFailingCheckAndItsNewSecret()
    {
        var run = await PlanCommandHarness.RunAsync([$"NOTES={Link}", "ENVIRONMENT=staging"], Settings());

        Assert.Equal(0, run.ExitCode);
        var steps = run.Output.Split("## Deployment Steps")[1].Split("## Verification")[0];
        Assert.Contains("`db/migrations/V42__add_invoice_due_date.sql`", steps, StringComparison.Ordinal);
        Assert.Contains("- Blocker: CI is not green on 6dcb09b: integration-tests (failing); do not start until every check has passed (1/2 passed).", run.Output, StringComparison.Ordinal);
        Assert.Contains("CI is not green yet, which blocks it", run.Output.Split("## Deployment Summary")[1].Split("## Pre-Deployment")[0], StringComparison.Ordinal);
        Assert.Contains("INVOICE_SIGNING_KEY", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("helm", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("configmap.yaml", steps, StringComparison.Ordinal);
        Assert.Contains("config/secrets", run.Output.Split("## Deployment Summary")[1].Split("## Pre-Deployment")[0], StringComparison.Ordinal);
        Assert.Contains("Add invoice due dates (#42)", run.Output.Split("## Deployment Summary")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NotesAreAPullRequestLink_ThePlannerGetsWhatTheLinkSays()
    {
        var planner = Substitute.For<IDeploymentPlanner>();
        planner.CreatePlanAsync(Arg.Any<PlanningInput>(), Arg.Any<CancellationToken>()).Returns(SamplePlan());

        var run = await PlanCommandHarness.RunAsync([$"NOTES={Link}", "ENVIRONMENT=staging"], Settings(), planner);

        Assert.Equal(0, run.ExitCode);
        var input = (PlanningInput)planner.ReceivedCalls().Single().GetArguments()[0]!;
        Assert.Equal("Add invoice due dates (#42)", input.Release!.Title);
        Assert.Equal("integration-tests", Assert.Single(input.Release.Ci!.NotPassed).Name);
        Assert.Contains(RiskArea.Schema, input.Analysis.Risks);
    }

    [Fact]
    public async Task RunAsync_LinkAnswers404_ExitsTwoWithOneLineNamingTheLinkAndTheFix()
    {
        var run = await PlanCommandHarness.RunAsync(["NOTES=https://github.com/acme/shop/pull/404", "ENVIRONMENT=staging"], Settings());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            "plan: cannot read https://github.com/acme/shop/pull/404: GitHub answered 404 Not Found (a private repository needs Sources:GitHub:Token)\n",
            run.Error);
    }

    [Fact]
    public async Task RunAsync_LinkToAHostNotAllowed_ExitsTwoAndWritesNoPlan()
    {
        var run = await PlanCommandHarness.RunAsync(["NOTES=https://example.com/notes.txt", "ENVIRONMENT=staging"], Settings());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("plan: cannot read https://example.com/notes.txt: host example.com is not allowed (add it to Sources:AllowedHosts)\n", run.Error);
    }

    [Fact]
    public async Task RunAsync_NotesAreAReleaseLink_ThePlanFollowsTheReleaseBody()
    {
        _github.Add(new FakeRelease("acme/shop", "v2.4.0", "v2.4.0", "## Breaking changes\n\n- Drop the legacy `sessions_v1` table\n- Rotate the `PAYMENTS_WEBHOOK_SECRET`", HeadSha));

        var run = await PlanCommandHarness.RunAsync(["NOTES=https://github.com/acme/shop/releases/tag/v2.4.0", "ENVIRONMENT=staging", "--format", "json"], Settings());

        Assert.Equal(0, run.ExitCode);
        using var plan = System.Text.Json.JsonDocument.Parse(run.Output);
        var risks = plan.RootElement.GetProperty("risks").EnumerateArray().Select(risk => risk.GetString()).ToArray();
        Assert.Contains("breaking", risks);
        Assert.Contains("config", risks);
        var steps = string.Join("\n", plan.RootElement.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("action").GetString()));
        Assert.Contains("sessions_v1", steps, StringComparison.Ordinal);
        Assert.Contains("/repos/acme/shop/releases/tags/v2.4.0", _github.Calls.Select(call => call.Path));
    }

    [Fact]
    public async Task RunAsync_LinkToAPrivateAddress_ExitsTwoWithoutConnecting()
    {
        var settings = Settings();
        settings["Sources:AllowedHosts:0"] = "169.254.169.254";

        var run = await PlanCommandHarness.RunAsync(["NOTES=https://169.254.169.254/latest/meta-data/", "ENVIRONMENT=staging"], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("plan: cannot read https://169.254.169.254/latest/meta-data/: 169.254.169.254 is a private, loopback or link-local address, which DeployBot never reads\n", run.Error);
    }

    private Dictionary<string, string?> Settings() => new() { ["Sources:GitHub:ApiBaseUrl"] = _github.ApiBaseUrl };

    private static DeploymentPlan SamplePlan() => new(
        new PlanContext(Link, "staging", null, null),
        ["Deploys pull request 42 to staging."],
        ["CI is green."],
        [new PlanStep("Run the pipeline", "ci/deploy.yml", StepMode.Automated)],
        ["Health checks pass."],
        ["Redeploy the previous image."],
        ["Tell the team."],
        ReleaseKind.Normal,
        [],
        PlannerInfo.OfflineByChoice);
}
