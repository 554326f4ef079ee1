using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;

namespace DeployBot.WebConsole.Rendering;

/// <summary>Turns the rollback plan record into the console's view of it, as <see cref="ConsolePlanRenderer"/> does for plans.</summary>
internal static class ConsoleRollbackRenderer
{
    public static ConsoleRollbackView Render(RollbackPlan plan, string lead)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var context = plan.Context;
        var title = $"Rollback plan · {context.Environment}" + (context.Version is { } version ? $" · version {version}" : string.Empty);
        var items = new List<ContextItemView>();
        if (context.PlanId is not null)
        {
            items.Add(new("PLAN", $"{context.PlanId}, version {context.Version}"));
        }

        items.Add(new("NOTES", context.Notes));
        items.Add(new("ENVIRONMENT", context.Environment));
        items.Add(new("FLAG", string.IsNullOrWhiteSpace(context.Flag) ? "none" : context.Flag));
        return new ConsoleRollbackView(title, PlanSections.NoticeFor(plan.Planner), plan.Planner.FallbackReason is not null, lead, items, Sections(plan));
    }

    private static RollbackSectionView[] Sections(RollbackPlan plan) =>
    [
        Bullets(RollbackSections.Summary, plan.Summary),
        Bullets(RollbackSections.Triggers, plan.Triggers),
        new(RollbackSections.Steps, [], plan.Steps.Select((step, index) =>
            new RollbackStepView(index + 1, step.Action, step.Reference, step.Mode == StepMode.Manual ? "manual" : "automated", step.Check)).ToArray()),
        Bullets(RollbackSections.DataRecovery, plan.DataRecovery),
        Bullets(RollbackSections.Verification, plan.Verification),
        Bullets(RollbackSections.Communication, plan.Communication),
    ];

    private static RollbackSectionView Bullets(string heading, IReadOnlyList<string> items) => new(heading, items, []);
}
