using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// "Name the actual items": the typed notes' authors listed, before any plan existed, the objects an SRE expects a plan to
/// name (tables and columns, endpoints, settings, services, versions, incident ids). This counts how many of them the
/// offline plan's body names, prints the ones it misses, and holds the count at the recorded floor.
/// </summary>
public sealed class TypedNamesCoverageTests(ITestOutputHelper output)
{
    private static readonly OfflinePlanner Planner = new();

    // Measured on 6 Dec 2026: 377 of 568 listed names at 88e3072 (Typed 113/176, Typed2 139/212, Typed3 125/180); 389 once
    // the summary names the tickets the notes cite; 394 with the version a sentence ends on and more service suffixes;
    // 397 with indexes named by table and columns; 404 with the third-party providers named;
    // 405 once "flag new_checkout removed" is read as a removal; 406 with "removed XML export (route, SETTING)" naming both.
    // 405 in the 17th session: three routes had been named only in a config step that "applied" them as settings
    // ("Apply the new settings …: "/debug/pprof""); two are now named in the config's verification, and 406 again once
    // "/debug/pprof … route removed" confirms the route it names unused, not the word "route"; 407 once a key changed beside
    // a drop ("drop orders.legacy_state and rotate SENDGRID_KEY") is applied by name.
    private const int Floor = 407;

    [Fact]
    public void CreatePlan_TypedNotes_NameWhatTheirAuthorsListed()
    {
        var found = 0;
        var listed = 0;
        foreach (var set in new[] { "Typed", "Typed2", "Typed3" })
        {
            var (setFound, setListed) = (0, 0);
            foreach (var file in FixtureNotes.Files(set))
            {
                var (names, notes) = FixtureNotes.Read(file);
                var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes, "Sat 22:00-23:30 CET", null), null, 0, null);
                var body = string.Join('\n', plan.Summary.Concat(plan.PreDeploymentChecks).Concat(plan.Steps.Select(step => step.Action))
                    .Concat(plan.Verification).Concat(plan.Rollback).Concat(plan.NextActions));
                var missed = names.Where(name => !body.Contains(name, StringComparison.OrdinalIgnoreCase)).ToArray();
                setFound += names.Count - missed.Length;
                setListed += names.Count;
                if (missed.Length > 0)
                {
                    output.WriteLine($"{set}/{Path.GetFileName(file)} misses {string.Join(", ", missed)}");
                }
            }

            output.WriteLine($"{set}: {setFound}/{setListed} names in the plan");
            found += setFound;
            listed += setListed;
        }

        output.WriteLine($"all typed notes: {found}/{listed} names in the plan");
        Assert.True(found >= Floor, $"{found}/{listed} names in the plan, below the floor of {Floor}");
    }
}
