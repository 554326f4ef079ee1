using System.Globalization;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rendering;
using DeployBot.Core.Platforms;

namespace DeployBot.Slack.Rendering;

/// <summary>The mrkdwn text of each part of a plan, with every piece of model or user text sanitised.</summary>
internal static class PlanTextRenderer
{
    public static string PlannerLine(PlannerInfo planner)
    {
        if (planner.IsOffline && planner.FallbackReason is not null)
        {
            return $":warning: The language model could not write this plan ({SlackText.Sanitise(planner.FallbackReason)}); {SlackText.Sanitise(PlanSections.OfflineNotice)}";
        }

        return planner.IsOffline
            ? SlackText.Sanitise(PlanSections.OfflineNotice)
            : $"Written by the language model{(planner.ModelId is null ? string.Empty : $" `{SlackText.Sanitise(planner.ModelId)}`")}.";
    }

    public static string Context(PlanContext context, ReleaseSource? source = null) =>
        $"*Notes:* {SlackText.Sanitise(context.Notes)}\n"
        + (source is null ? string.Empty : $"*Source:* {Source(source)}\n")
        + $"*Environment:* {SlackText.Sanitise(context.Environment)}\n"
        + $"*Window:* {SlackText.Sanitise(context.Window ?? "none")}\n"
        + $"*Flag:* {SlackText.Sanitise(context.Flag ?? "none")}";

    /// <summary>"&lt;link|title&gt; · CI: …": the link NOTES resolved to, under the title it resolved to.</summary>
    public static string Source(ReleaseSource source)
    {
        var title = SlackText.Sanitise(ReleaseSourceText.Title(source)).Replace("|", "¦", StringComparison.Ordinal);
        var line = ReleaseSourceText.Address(source) is { } address && !address.AbsoluteUri.Contains('|', StringComparison.Ordinal)
            ? $"<{SlackText.Escape(address.AbsoluteUri)}|{title}>"
            : $"{title} ({SlackText.Sanitise(source.Link)})";
        return ReleaseSourceText.Ci(source) is { } ci ? $"{line} · {SlackText.Sanitise(ci)}" : line;
    }

    public static string OnCall(OnCallTarget onCall)
    {
        var mention = SlackText.Mention(onCall.MentionId);
        var who = mention ?? (onCall.DisplayName is null ? "nobody found" : SlackText.Sanitise(onCall.DisplayName));
        var line = $"*On-call:* {who}";
        if (onCall.Note is not null)
        {
            // With a mention the note explains a fallback ping (e.g. the paging tool failed); without one, why nobody was pinged.
            line += mention is null
                ? $" _(not pinged: {SlackText.Sanitise(onCall.Note)})_"
                : $" _({SlackText.Sanitise(onCall.Note)})_";
        }

        return onCall.AfterHandover is null ? line : line + $"\n*After the handover:* {SlackText.Sanitise(onCall.AfterHandover)}";
    }

    public static string Acknowledgement(Acknowledgement? acknowledgement)
    {
        if (acknowledgement is null)
        {
            return "_Not acknowledged yet. On-call: press *Acknowledge* once you have read the plan._";
        }

        var unix = acknowledgement.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var fallback = acknowledgement.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var who = SlackText.Mention(acknowledgement.UserId) ?? SlackText.Sanitise(acknowledgement.UserName ?? acknowledgement.UserId);
        return $":white_check_mark: Acknowledged by {who} on <!date^{unix}^{{date_short_pretty}} at {{time}}|{fallback}>";
    }

    /// <summary>The six sections in order: a bold heading line, then bullet lines (numbered lines for the steps).</summary>
    public static IEnumerable<(string Heading, IReadOnlyList<string> Lines)> Sections(DeploymentPlan plan)
    {
        yield return (PlanSections.Summary, Bullets(plan.Summary));
        yield return (PlanSections.PreDeploymentChecks, Bullets(plan.PreDeploymentChecks));
        yield return (PlanSections.Steps, plan.Steps.Select((step, index) => Step(index + 1, step)).ToArray());
        yield return (PlanSections.Verification, Bullets(plan.Verification));
        yield return (PlanSections.Rollback, Bullets(plan.Rollback));
        yield return (PlanSections.NextActions, Bullets(plan.NextActions));
    }

    public static string Step(int number, PlanStep step)
    {
        var line = $"{number}. {SlackText.Sanitise(step.Action)}";
        if (step.Reference is not null)
        {
            line += $" (`{SlackText.Sanitise(step.Reference).Replace('`', '\'')}`)";
        }

        line += step.Mode == StepMode.Manual ? " _manual_" : " _automated_";
        return step.FlagAction is null ? line : line + $" | flag: {SlackText.Sanitise(step.FlagAction)}";
    }

    private static string[] Bullets(IReadOnlyList<string> items) =>
        items.Count == 0 ? ["• none"] : items.Select(item => "• " + SlackText.Sanitise(item)).ToArray();
}
