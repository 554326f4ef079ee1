using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Core.Requests;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Every release note the analyzer is measured on (real changelog excerpts and typed notes, all sets of Core.Tests'
/// Fixtures) gets a plan and a rollback plan that pass their validators, in production with a window and a flag and in
/// staging with neither: "every plan valid" holds on the widest input there is here, not on a few chosen notes.
/// </summary>
public sealed class EveryFixturePlanTests(ITestOutputHelper output)
{
    private static readonly OfflinePlanner Planner = new();
    private static readonly OfflineRollbackPlanner RollbackPlanner = new();

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> Sets() =>
        [.. Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().Append(".").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryFixtureNote_GetsAValidPlanAndRollbackPlan_InProductionAndStaging(string set)
    {
        var files = Directory.GetFiles(Path.Combine(Folder, set), "*.md").Where(file => !file.EndsWith("README.md", StringComparison.Ordinal)).ToArray();
        var failures = new List<string>();
        foreach (var file in files)
        {
            var notes = Body(File.ReadAllText(file));
            Check(file, PlanInputs.ProductionInput(notes, "Sat 22:00-23:30 CET", "new-path"), failures);
            Check(file, PlanInputs.StagingInput(notes), failures);
        }

        output.WriteLine($"{set}: {files.Length} notes, {failures.Count} invalid plans");
        Assert.NotEmpty(files);
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
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
    }

    /// <summary>The note itself: the text after the front matter (between the first two "---" lines).</summary>
    private static string Body(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        return string.Join('\n', lines.Skip(end + 1)).Trim();
    }
}
