using System.Text;

namespace DeployBot.Core.Plans.Rendering;

/// <summary>Renders the detailed rollback plan as Markdown, sections in plan-format.md's exact order.</summary>
public static class MarkdownRollbackRenderer
{
    public static readonly string[] Headings = [.. Rollbacks.RollbackSections.InOrder];

    public static string Render(RollbackPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        if (PlanSections.NoticeFor(plan.Planner) is { } notice)
        {
            text.Append('_').Append(MarkdownText.Inline(notice)).Append("_\n\n");
        }

        var context = plan.Context;
        var which = context.PlanId is null ? "not stored (printed from the command line)" : $"{context.PlanId}, version {context.Version}";
        text.Append("- **PLAN:** ").Append(which).Append('\n')
            .Append("- **NOTES:** ").Append(MarkdownText.Inline(context.Notes)).Append('\n')
            .Append("- **ENVIRONMENT:** ").Append(MarkdownText.Inline(context.Environment)).Append('\n')
            .Append("- **FLAG:** ").Append(context.Flag is null ? "none" : MarkdownText.Inline(context.Flag)).Append('\n');
        Bullets(text, Headings[0], plan.Summary);
        Bullets(text, Headings[1], plan.Triggers);
        text.Append("\n## ").Append(Headings[2]).Append("\n\n");
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            text.Append(i + 1).Append(". ").Append(MarkdownText.Inline(step.Action))
                .Append(step.Mode == StepMode.Manual ? " (manual)." : " (automated).")
                .Append(step.Reference is null ? string.Empty : $" Uses `{step.Reference}`.")
                .Append(" Check: ").Append(MarkdownText.WithFinalPeriod(MarkdownText.Inline(step.Check) ?? string.Empty)).Append('\n');
        }

        Bullets(text, Headings[3], plan.DataRecovery);
        Bullets(text, Headings[4], plan.Verification);
        Bullets(text, Headings[5], plan.Communication);
        return text.ToString();
    }

    private static void Bullets(StringBuilder text, string heading, IReadOnlyList<string> items)
    {
        text.Append("\n## ").Append(heading).Append("\n\n");
        foreach (var item in items)
        {
            text.Append("- ").Append(MarkdownText.Inline(item)).Append('\n');
        }
    }
}
