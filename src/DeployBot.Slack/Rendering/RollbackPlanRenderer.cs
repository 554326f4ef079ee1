using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Slack.Api;

namespace DeployBot.Slack.Rendering;

/// <summary>
/// The detailed rollback plan as thread messages in Block Kit, like the plan's: a header, the planner line (saying so
/// when the offline planner wrote it because the model failed), the context block, then the six sections in order,
/// bullets except the numbered steps. Content past one message's limits continues in the next message.
/// </summary>
internal static class RollbackPlanRenderer
{
    public static IReadOnlyList<SlackMessage> Render(RollbackPlan plan, string lead)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var title = Title(plan.Context);
        var blocks = new List<Block>
        {
            new HeaderBlock(TextObject.Plain(SlackText.Truncate(SlackText.Plain(title), SlackLimits.HeaderText))),
            new ContextBlock([TextObject.Markdown(PlanTextRenderer.PlannerLine(plan.Planner))]),
        };
        blocks.AddRange(Sections([SlackText.Sanitise(lead), Context(plan.Context)]));
        foreach (var (heading, lines) in Lines(plan))
        {
            blocks.AddRange(Sections([$"*{SlackText.Escape(heading)}*", .. lines]));
        }

        var fallback = SlackText.Truncate($"{title}. {string.Join(' ', plan.Summary.Select(SlackText.Sanitise))}", SlackLimits.SectionText);
        return Pack(blocks, fallback);
    }

    public static string Title(RollbackContext context) =>
        context.Version is { } version ? $"Rollback plan: {context.Environment} (version {version})" : $"Rollback plan: {context.Environment}";

    /// <summary>The six sections in order: bullet lines, numbered lines for the steps, each step with its check.</summary>
    public static IEnumerable<(string Heading, IReadOnlyList<string> Lines)> Lines(RollbackPlan plan)
    {
        yield return (RollbackSections.Summary, Bullets(plan.Summary));
        yield return (RollbackSections.Triggers, Bullets(plan.Triggers));
        yield return (RollbackSections.Steps, plan.Steps.Select((step, index) => Step(index + 1, step)).ToArray());
        yield return (RollbackSections.DataRecovery, Bullets(plan.DataRecovery));
        yield return (RollbackSections.Verification, Bullets(plan.Verification));
        yield return (RollbackSections.Communication, Bullets(plan.Communication));
    }

    private static string Context(RollbackContext context) =>
        (context.PlanId is null ? string.Empty : $"*Plan:* `{SlackText.Sanitise(context.PlanId)}`, version {context.Version}\n")
        + $"*Notes:* {SlackText.Sanitise(context.Notes)}\n"
        + $"*Environment:* {SlackText.Sanitise(context.Environment)}\n"
        + $"*Flag:* {SlackText.Sanitise(context.Flag ?? "none")}";

    private static string Step(int number, RollbackStep step)
    {
        var line = $"{number}. {SlackText.Sanitise(step.Action)}";
        if (step.Reference is not null)
        {
            line += $" (`{SlackText.Sanitise(step.Reference).Replace('`', '\'')}`)";
        }

        line += step.Mode == StepMode.Manual ? " _manual_" : " _automated_";
        return line + $" — check: {SlackText.Sanitise(step.Check)}";
    }

    private static string[] Bullets(IReadOnlyList<string> items) =>
        items.Count == 0 ? ["• none"] : items.Select(item => "• " + SlackText.Sanitise(item)).ToArray();

    private static IEnumerable<Block> Sections(IEnumerable<string> lines) =>
        TextChunker.Chunk(lines).Select(chunk => new SectionBlock(TextObject.Markdown(chunk)));

    private static List<SlackMessage> Pack(List<Block> blocks, string fallback)
    {
        var messages = new List<SlackMessage>();
        var current = new List<Block>();
        var chars = 0;
        foreach (var block in blocks)
        {
            var length = TextLength(block);
            if (current.Count > 0 && (current.Count == SlackLimits.BlocksPerMessage || chars + length > SlackLimits.BlockTextPerMessage))
            {
                messages.Add(new SlackMessage(messages.Count == 0 ? fallback : $"{fallback} (continued)", current));
                current = [];
                chars = 0;
            }

            current.Add(block);
            chars += length;
        }

        messages.Add(new SlackMessage(messages.Count == 0 ? fallback : $"{fallback} (continued)", current));
        return messages;
    }

    private static int TextLength(Block block) => block switch
    {
        HeaderBlock header => header.Text.Text.Length,
        SectionBlock section => section.Text.Text.Length,
        ContextBlock context => context.Elements.Sum(element => element.Text.Length),
        _ => 0,
    };
}
