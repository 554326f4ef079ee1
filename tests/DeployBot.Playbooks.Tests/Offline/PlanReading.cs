using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>How the plan-review tests read an offline plan for short notes: its steps' actions, all its text, a part in it.</summary>
internal static class PlanReading
{
    private static readonly OfflinePlanner Planner = new();

    /// <summary>The offline plan for <paramref name="notes"/> in production, window "Sat 22:00-02:00 CET", no flag.</summary>
    public static DeploymentPlan Plan(string notes) =>
        Planner.CreatePlan(PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null), null, 0, null);

    public static List<string> Actions(DeploymentPlan plan) => [.. plan.Steps.Select(step => step.Action)];

    /// <summary>Every line of the plan, section after section, for a test's failure message.</summary>
    public static string Dump(DeploymentPlan plan) =>
        string.Join("\n", plan.Summary.Concat(plan.PreDeploymentChecks).Concat(Actions(plan)).Concat(plan.Verification).Concat(plan.Rollback).Concat(plan.NextActions));

    public static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
