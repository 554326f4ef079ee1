using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The time a rehearsal took, in the words and language the notes say it, is the length the read-only period is planned
/// and watched for: a German "der Probelauf hat 55 Minuten gedauert" is 55 minutes, not a default of 45.
/// </summary>
public sealed class RehearsedDurationTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("Upgrade der Datenbank reporting-db von PostgreSQL 13 auf 16 mit pg_upgrade --link. Der Probelauf auf einer Kopie hat 55 Minuten gedauert.", "55 minutes")]
    [InlineData("Upgrade reporting-db PostgreSQL 13 -> 16 with pg_upgrade --link; the rehearsal on a copy has taken 70 minutes.", "70 minutes")]
    [InlineData("Upgrade der Datenbank reporting-db von PostgreSQL 13 auf 16 mit pg_upgrade --link; der Probelauf hatte etwa 2 Stunden gedauert.", "120 minutes")]
    public void CreatePlan_RehearsalTimeInTheNotesOwnWords_IsTheReadOnlyPeriod(string notes, string minutes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        var readOnly = Assert.Single(plan.Steps, step => step.Action.StartsWith("Start the read-only period", StringComparison.Ordinal));
        Assert.Contains($"about {minutes}", readOnly.Action, StringComparison.Ordinal);
    }
}
