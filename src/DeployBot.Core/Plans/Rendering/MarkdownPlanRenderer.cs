using System.Text;

namespace DeployBot.Core.Plans.Rendering;

/// <summary>
/// Renders a plan in exactly the Markdown format of <c>plan-format.md</c> (the CLI's output): the offline notice when
/// there is one, the context block as bullets (multi-line NOTES as an indented block quote, so nothing in the notes can
/// open a heading or a list of its own; a SOURCE line with the link's title when NOTES were a link), then the six
/// sections in order, bullets everywhere but the numbered steps.
/// </summary>
public static class MarkdownPlanRenderer
{
    public static string Render(DeploymentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var markdown = new StringBuilder();
        if (PlanSections.NoticeFor(plan.Planner) is { } notice)
        {
            markdown.Append('_').Append(notice).Append("_\n\n");
        }

        AppendContext(markdown, plan.Context, plan.Source);
        AppendBullets(markdown, PlanSections.Summary, plan.Summary);
        AppendBullets(markdown, PlanSections.PreDeploymentChecks, plan.PreDeploymentChecks);
        AppendSteps(markdown, plan.Steps);
        AppendBullets(markdown, PlanSections.Verification, plan.Verification);
        AppendBullets(markdown, PlanSections.Rollback, plan.Rollback);
        AppendBullets(markdown, PlanSections.NextActions, plan.NextActions);
        return markdown.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendContext(StringBuilder markdown, PlanContext context, ReleaseSource? source)
    {
        var notes = MarkdownText.Lines(context.Notes);
        if (notes.Count <= 1)
        {
            markdown.Append("- **NOTES:** ").Append(notes.Count == 0 ? "none" : notes[0]).Append('\n');
        }
        else
        {
            markdown.Append("- **NOTES:**\n");
            foreach (var line in notes)
            {
                markdown.Append(line.Length == 0 ? "  >" : "  > " + line).Append('\n');
            }
        }

        if (source is not null)
        {
            markdown.Append("- **SOURCE:** ").Append(SourceLine(source)).Append('\n');
        }

        markdown.Append("- **ENVIRONMENT:** ").Append(MarkdownText.Inline(context.Environment) ?? "none").Append('\n');
        markdown.Append("- **WINDOW:** ").Append(MarkdownText.Inline(context.Window) ?? "none").Append('\n');
        markdown.Append("- **FLAG:** ").Append(MarkdownText.Inline(context.Flag) ?? "none").Append("\n\n");
    }

    /// <summary>"[Add invoice due dates (#42)](https://github.com/acme/shop/pull/42) · CI: 2/3 checks passed on 6dcb09b".</summary>
    private static string SourceLine(ReleaseSource source)
    {
        var title = ReleaseSourceText.Title(source).Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        var line = ReleaseSourceText.Address(source) is { } address ? $"[{title}]({address.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})" : $"{title} ({MarkdownText.Inline(source.Link)})";
        return ReleaseSourceText.Ci(source) is { } ci ? $"{line} · {ci}" : line;
    }

    private static void AppendBullets(StringBuilder markdown, string heading, IReadOnlyList<string> entries)
    {
        markdown.Append("## ").Append(heading).Append("\n\n");
        foreach (var entry in entries.Where(entry => !string.IsNullOrWhiteSpace(entry)))
        {
            markdown.Append("- ").Append(MarkdownText.Item(entry, indent: "  ")).Append('\n');
        }

        markdown.Append('\n');
    }

    private static void AppendSteps(StringBuilder markdown, IReadOnlyList<PlanStep> steps)
    {
        markdown.Append("## ").Append(PlanSections.Steps).Append("\n\n");
        var number = 0;
        foreach (var step in steps.Where(step => !string.IsNullOrWhiteSpace(step.Action)))
        {
            number++;
            var prefix = $"{number}. ";
            markdown.Append(prefix).Append(MarkdownText.Item(StepLine(step), indent: new string(' ', prefix.Length))).Append('\n');
        }

        markdown.Append('\n');
    }

    /// <summary>"Action (automated). Uses `path/file.ext` (line N). Flag: what happens to the flag."</summary>
    internal static string StepLine(PlanStep step)
    {
        var mode = step.Mode == StepMode.Manual ? "manual" : "automated";
        var line = new StringBuilder(MarkdownText.WithoutFinalPeriod(step.Action.Trim())).Append(" (").Append(mode).Append(").");
        if (MarkdownText.Reference(step.Reference) is { } reference)
        {
            line.Append(" Uses ").Append(reference).Append('.');
        }

        if (!string.IsNullOrWhiteSpace(step.FlagAction))
        {
            line.Append(" Flag: ").Append(MarkdownText.WithFinalPeriod(step.FlagAction.Trim()));
        }

        return line.ToString();
    }
}
