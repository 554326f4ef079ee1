using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>The summary names the tickets the notes cite, so the channel can find the change's history; advisory ids and standards are not tickets.</summary>
public sealed class SummaryTicketsTests
{
    private static readonly OfflinePlanner Planner = new();

    private static string Summary(string notes) =>
        string.Join('\n', Planner.CreatePlan(PlanInputs.ProductionInput(notes, "Sat 22:00-23:30 CET", null), null, 0, null).Summary);

    [Theory]
    [InlineData("orders.total -> numeric(12,2) (was float, rounding bugs BILL-4411)", "BILL-4411")]
    [InlineData("DELETE /api/v2/export removed (SEC-312, see also OPS-77). ship today", "SEC-312 and OPS-77")]
    [InlineData("orders export fix, see https://acme.atlassian.net/browse/OPS-881 and CORE-88/CORE-89", "OPS-881, CORE-88 and CORE-89")]
    [InlineData("hotfix for inc-4398: checkout 500s when coupon has trailing space, trim input (PAY-12)", "INC-4398 and PAY-12")]
    public void CreatePlan_NotesCiteTickets_TheSummaryNamesThem(string notes, string named)
    {
        Assert.Contains($"described in the notes ({named})", Summary(notes), StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_AdvisoriesAndStandards_AreNotNamedAsTickets()
    {
        var summary = Summary("Security: fix CVE-2024-31337 in the XML parser; read ISO-8859-1 and UTF-8 uploads; GHSA-abcd-1234 noted; RHEL-9 and JDK-17 images, FIPS-140 mode, Q3-2025 audit");

        Assert.Contains("described in the notes to production", summary, StringComparison.Ordinal);
    }
}
