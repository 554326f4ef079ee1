using DeployBot.Core.Environments;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;

namespace DeployBot.Slack.Rendering;

/// <summary>A plan as Slack messages: the main message, and the continuation posted in its thread when it is too long.</summary>
internal sealed record RenderedPlan(SlackMessage Main, IReadOnlyList<SlackMessage> Continuations);

/// <summary>
/// Renders the plan record as Block Kit within Slack's limits: header, context, on-call, the six sections (split into
/// 3,000-character sections), the steps' checklist, the acknowledgement line and the Regenerate/Acknowledge buttons. Content that does not
/// fit one message (50 blocks, ~11k characters of block text) continues in thread replies rather than being cut.
/// </summary>
internal static class BlockKitPlanRenderer
{
    public const string RegenerateActionId = "regenerate";
    public const string AcknowledgeActionId = "acknowledge";
    public const string RollbackActionId = "rollback_plan";

    public static RenderedPlan Render(PlanDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var plan = delivery.Plan ?? throw new ArgumentException("A plan delivery without a plan cannot be rendered.", nameof(delivery));
        var requester = SlackText.Mention(delivery.Requester.UserId) ?? SlackText.Sanitise(delivery.Requester.UserName ?? delivery.Requester.UserId);
        var parts = new PlanParts(delivery.PlanId, delivery.Version, plan, delivery.Environment)
        {
            RequestedBy = requester,
            OnCall = delivery.OnCall,
            Acknowledgement = PlanTextRenderer.Acknowledgement(delivery.Acknowledgement),
            HighlightRollback = delivery.HighlightsRollback,
            Checklist = PlanChecklist.Of(delivery),
        };
        return Render(parts);
    }

    /// <summary>A revised version posted in the plan's thread, introduced by <paramref name="lead"/>.</summary>
    public static RenderedPlan RenderRevision(string planId, int version, DeploymentPlan plan, string lead) =>
        Render(new PlanParts(planId, version, plan, plan.Context.Environment) { Lead = lead, HighlightRollback = RollbackOffer.IsHighRisk(RiskLevel.Low, plan) });

    private static RenderedPlan Render(PlanParts parts)
    {
        var title = Title(parts.Environment, parts.Version);
        var head = new List<Block>
        {
            new HeaderBlock(TextObject.Plain(SlackText.Truncate(SlackText.Plain(title), SlackLimits.HeaderText))),
            new ContextBlock([TextObject.Markdown(ContextLine(parts))]),
        };
        if (parts.Lead is not null)
        {
            head.AddRange(Sections([SlackText.Sanitise(parts.Lead)]));
        }

        if (parts.OnCall is not null)
        {
            head.Add(new SectionBlock(TextObject.Markdown(PlanTextRenderer.OnCall(parts.OnCall))));
        }

        var content = Sections([PlanTextRenderer.Context(parts.Plan.Context, parts.Plan.Source)])
            .Concat(PlanTextRenderer.Sections(parts.Plan).SelectMany(section => Sections([$"*{SlackText.Escape(section.Heading)}*", .. section.Lines])))
            .ToList();
        var tail = new List<Block>();
        if (parts.Checklist is { } checklist)
        {
            tail.AddRange(ChecklistBlocks.Render(parts.PlanId, parts.Plan, checklist));
        }

        if (parts.Acknowledgement is not null)
        {
            tail.Add(new SectionBlock(TextObject.Markdown(parts.Acknowledgement)));
        }

        tail.Add(Actions(parts.PlanId, parts.HighlightRollback));
        return Pack(head, content, tail, Fallback(title, parts));
    }

    public static string Title(string environment, int version) =>
        version > 1 ? $"Deployment plan: {environment} (version {version})" : $"Deployment plan: {environment}";

    private static RenderedPlan Pack(List<Block> head, List<Block> content, List<Block> tail, string fallback)
    {
        var continuationNote = new ContextBlock([TextObject.Markdown("_The plan is long: it continues in this message's thread._")]);
        var fixedBlocks = head.Count + tail.Count + 1;
        var fixedChars = head.Concat(tail).Sum(TextLength) + TextLength(continuationNote);
        var fitting = TakeFitting(content, 0, SlackLimits.BlocksPerMessage - fixedBlocks, SlackLimits.BlockTextPerMessage - fixedChars);
        var main = new List<Block>(head);
        main.AddRange(content.Take(fitting));
        if (fitting < content.Count)
        {
            main.Add(continuationNote);
        }

        main.AddRange(tail);
        var continuations = new List<SlackMessage>();
        for (var start = fitting; start < content.Count;)
        {
            var count = Math.Max(1, TakeFitting(content, start, SlackLimits.BlocksPerMessage, SlackLimits.BlockTextPerMessage));
            continuations.Add(new SlackMessage($"{fallback} (continued)", content.GetRange(start, count)));
            start += count;
        }

        return new RenderedPlan(new SlackMessage(fallback, main), continuations);
    }

    private static int TakeFitting(List<Block> blocks, int start, int maxBlocks, int maxChars)
    {
        var count = 0;
        var chars = 0;
        while (start + count < blocks.Count && count < maxBlocks && chars + TextLength(blocks[start + count]) <= maxChars)
        {
            chars += TextLength(blocks[start + count]);
            count++;
        }

        return count;
    }

    private static IEnumerable<Block> Sections(IEnumerable<string> lines) =>
        TextChunker.Chunk(lines).Select(chunk => new SectionBlock(TextObject.Markdown(chunk)));

    private static ActionsBlock Actions(string planId, bool highlightRollback) =>
        new([
            new ButtonElement(RegenerateActionId, TextObject.Plain("Regenerate"), planId),
            new ButtonElement(AcknowledgeActionId, TextObject.Plain("Acknowledge"), planId, Style: "primary"),
            new ButtonElement(RollbackActionId, TextObject.Plain(RollbackOffer.ButtonLabel), planId, Style: highlightRollback ? "danger" : null),
        ])
        { BlockId = "plan_actions" };

    private static string ContextLine(PlanParts parts)
    {
        var requested = parts.RequestedBy is null ? string.Empty : $" Requested by {parts.RequestedBy}.";
        var progress = parts.Checklist is { } checklist ? $" Checklist: {checklist.Summary}" : string.Empty;
        return $"{PlanTextRenderer.PlannerLine(parts.Plan.Planner)}{requested} Plan `{SlackText.Sanitise(parts.PlanId)}`.{progress}";
    }

    private static string Fallback(string title, PlanParts parts)
    {
        var mention = SlackText.Mention(parts.OnCall?.MentionId);
        var onCall = mention is null ? string.Empty : $" On-call: {mention}.";
        var text = $"{title}.{onCall} {string.Join(' ', parts.Plan.Summary.Select(SlackText.Sanitise))}";
        return SlackText.Truncate(text, 3000);
    }

    /// <summary>What one rendering shows: the plan, and the optional parts around it.</summary>
    private sealed record PlanParts(string PlanId, int Version, DeploymentPlan Plan, string Environment)
    {
        public string? RequestedBy { get; init; }

        public OnCallTarget? OnCall { get; init; }

        public string? Acknowledgement { get; init; }

        public string? Lead { get; init; }

        public bool HighlightRollback { get; init; }
        /// <summary>The steps to tick off; only the plan message has them, not a revision in the thread.</summary>
        public PlanChecklist? Checklist { get; init; }
    }

    private static int TextLength(Block block) => block switch
    {
        HeaderBlock header => header.Text.Text.Length,
        SectionBlock section => section.Text.Text.Length,
        ContextBlock context => context.Elements.Sum(element => element.Text.Length),
        _ => 0,
    };
}
