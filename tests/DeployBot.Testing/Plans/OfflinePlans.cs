using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Testing.Plans;

/// <summary>The offline planner's plan for a production request, the way most plan tests ask for one.</summary>
public static class OfflinePlans
{
    /// <summary>The window most plan tests give: 90 minutes on a Saturday evening in Central Europe.</summary>
    public const string EveningWindow = "Sat 22:00-23:30 CET";

    private static readonly OfflinePlanner Planner = new();

    /// <summary>Plans <paramref name="notes"/> for production.</summary>
    public static DeploymentPlan Production(string notes, string? flag = null, string window = EveningWindow) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: window, flag: flag), null, 0, null);

    /// <summary>Plans <paramref name="notes"/> for production and fails when the plan breaks a rule of the validator.</summary>
    public static DeploymentPlan ValidProduction(string notes, string? flag = null, string window = EveningWindow)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: window, flag: flag);
        var plan = Planner.CreatePlan(input, null, 0, null);
        var violations = PlanValidator.Validate(plan, input);
        return violations.Count == 0
            ? plan
            : throw new InvalidOperationException($"The plan breaks {violations.Count} rule(s): {string.Join("; ", violations)}");
    }
}
