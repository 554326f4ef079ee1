namespace DeployBot.Core.Plans.Rendering;

/// <summary>Renders a plan in exactly the Markdown format of <c>plan-format.md</c> (the CLI's output).</summary>
public static class MarkdownPlanRenderer
{
    public static string Render(DeploymentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Empty;
    }
}
