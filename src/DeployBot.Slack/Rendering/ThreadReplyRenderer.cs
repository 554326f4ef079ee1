using DeployBot.Core.Conversations;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;

namespace DeployBot.Slack.Rendering;

/// <summary>A post in a plan's thread: an answer (sanitised model text, split into sections), a revised plan version or the detailed rollback plan.</summary>
internal static class ThreadReplyRenderer
{
    public static IReadOnlyList<SlackMessage> Render(ThreadRef thread, ThreadPost post)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(post);
        if (post.Rollback is not null)
        {
            return RollbackPlanRenderer.Render(post.Rollback, post.Text);
        }

        if (post.RevisedPlan is not null)
        {
            var rendered = BlockKitPlanRenderer.RenderRevision(post.PlanId, post.Version ?? 2, post.RevisedPlan, post.Text);
            return [rendered.Main, .. rendered.Continuations];
        }

        var sanitised = SlackText.SanitiseKeepingChannelLinks(post.Text);
        var sections = TextChunker.Chunk(sanitised.Split('\n'))
            .Select(chunk => (Block)new SectionBlock(TextObject.Markdown(chunk)))
            .ToList();
        if (sections.Count == 0)
        {
            sections.Add(new SectionBlock(TextObject.Markdown("_(empty answer)_")));
        }

        return sections.Chunk(SlackLimits.BlocksPerMessage)
            .Select(blocks => new SlackMessage(SlackText.Truncate(sanitised, SlackLimits.SectionText), blocks))
            .ToArray();
    }
}
