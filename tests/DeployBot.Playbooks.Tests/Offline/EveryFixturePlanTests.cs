using System.Text.RegularExpressions;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Core.Requests;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Every release note the analyzer is measured on (real changelog excerpts and typed notes, all sets of Core.Tests'
/// Fixtures) gets a plan and a rollback plan that pass their validators, in production with a window (each form in turn)
/// and a flag or none, and in staging with neither: "every plan valid" holds on the widest input there is here, not on a few chosen notes.
/// </summary>
public sealed partial class EveryFixturePlanTests(ITestOutputHelper output)
{
    private static readonly OfflinePlanner Planner = new();
    private static readonly OfflineRollbackPlanner RollbackPlanner = new();

    /// <summary>The windows release managers type, taken in turn: day ranges across midnight, dates, offsets, IANA names and abbreviations.</summary>
    private static readonly string[] Windows =
    [
        "Sat 22:00-23:30 CET", "2027-01-16 02:00-04:00 UTC", "Sun 23:00-01:00 PST", "Fri 21:00 - Sat 03:00 Europe/Berlin",
        "Tue 06:00-07:00 +05:30", "Sat 22:00-02:00 CEST", "Wed 19:00-20:00 AEST", "Thu 23:30-00:30 EST",
    ];

    /// <summary>
    /// A second environment below production, named other than "staging": a plan for it is the rehearsal, so any "staging"
    /// in it is a claim that a staging run already happened, which is not so (with "staging" itself that is indistinguishable from its name).
    /// </summary>
    private static readonly DeploymentEnvironment Preprod = new("preprod", new EnvironmentOptions { Risk = RiskLevel.Low });

    /// <summary>No flag, and flag names in the shapes teams use.</summary>
    private static readonly string?[] Flags = ["new-path", null, "checkout_v2", "release.payments-v3"];

    public static TheoryData<string> Sets() =>
        [.. Directory.GetDirectories(FixtureNotes.Folder).Select(Path.GetFileName).OfType<string>().Append(".").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryFixtureNote_GetsAValidPlanAndRollbackPlan_InProductionAndStaging(string set)
    {
        var files = FixtureNotes.Files(set);
        var failures = new List<string>();
        foreach (var (file, index) in files.Select((file, index) => (file, index)))
        {
            var notes = FixtureNotes.Read(file).Notes;
            Check(file, PlanInputs.ProductionInput(notes, Windows[index % Windows.Length], Flags[index % Flags.Length]), failures);
            Check(file, index % 2 == 0 ? PlanInputs.StagingInput(notes) : new PlanningInput(new DeploymentRequest(notes, Preprod.Name, null, null), Preprod), failures);
        }

        output.WriteLine($"{set}: {files.Length} notes, {failures.Count} invalid plans");
        Assert.NotEmpty(files);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(200)));
    }

    private static void Check(string file, PlanningInput input, List<string> failures)
    {
        var plan = Planner.CreatePlan(input, null, 0, null);
        var violations = PlanValidator.Validate(plan, input);
        var rollback = RollbackPlanner.Create(new RollbackInput(input, plan, "plan-1", 1), null, 0, null);
        var rollbackViolations = RollbackValidator.Validate(rollback, input);
        foreach (var violation in violations.Concat(rollbackViolations))
        {
            failures.Add($"{Path.GetFileName(file)} ({input.Environment.Name}): {violation}");
        }

        // Whatever the notes, the summary gives the window in UTC, and a flag given is the first way back.
        if (input.Request.Window is { } window && !plan.Summary.Any(line => line.Contains(window, StringComparison.Ordinal) && line.Contains("UTC", StringComparison.Ordinal)))
        {
            failures.Add($"{Path.GetFileName(file)}: the summary does not give the window {window} with its UTC time");
        }

        // A plan below production is the rehearsal for production: it never relies on a staging run that has not happened.
        if (input.Environment == Preprod && PlanText(plan).FirstOrDefault(line => AlreadyStaged().IsMatch(line)) is { } staged)
        {
            failures.Add($"{Path.GetFileName(file)} ({input.Environment.Name}): relies on staging having happened: {staged}");
        }

        if (input.Request.Flag is { } flag && !plan.Rollback.Any(line => line.StartsWith("First rollback", StringComparison.Ordinal) && line.Contains(flag, StringComparison.Ordinal)))
        {
            failures.Add($"{Path.GetFileName(file)}: turning {flag} off is not the first rollback");
        }
    }

    private static IEnumerable<string> PlanText(DeploymentPlan plan) =>
        plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification).Concat(plan.Rollback).Concat(plan.NextActions);

    /// <summary>"as tested in staging", "was run on a staging copy", "rehearsed on staging", "the time the staging rehearsal took".</summary>
    [GeneratedRegex(@"\bstaging\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlreadyStaged();
}
