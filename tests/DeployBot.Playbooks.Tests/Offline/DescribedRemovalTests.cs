using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// "removed XML export (/api/reports/{id}.xml) and the EXPORT_XML_ENABLED setting": the word after "removed" says what kind
/// of feature goes; the route and the setting the item names are what the plan confirms unused, not "XML".
/// </summary>
public sealed class DescribedRemovalTests
{
    private static readonly OfflinePlanner Planner = new();

    [Fact]
    public void CreatePlan_RemovalDescribedByAnAcronym_ConfirmsTheNamedRouteAndSettingUnused()
    {
        var input = PlanInputs.ProductionInput("removed PDF invoices (/api/invoices/{id}/pdf) and the INVOICE_PDF_ENABLED setting. html unchanged", "Sat 22:00-02:00 CET", null);

        var plan = Planner.CreatePlan(input, null, 0, null);
        var confirm = Assert.Single(plan.Steps, step => step.Action.StartsWith("Confirm that nothing still uses", StringComparison.Ordinal)).Action;

        Assert.Empty(PlanValidator.Validate(plan, input));
        Assert.Contains("\"/api/invoices/{id}/pdf\"", confirm, StringComparison.Ordinal);
        Assert.Contains("\"INVOICE_PDF_ENABLED\"", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("\"PDF\"", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/api/invoices\"", confirm, StringComparison.Ordinal);
    }
}
