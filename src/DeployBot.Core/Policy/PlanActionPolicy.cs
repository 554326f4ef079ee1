using DeployBot.Core.Conversations;
using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Policy;

/// <summary>
/// Who may press a posted plan's buttons. Acknowledge: the on-call the plan names (the user, or a member of the Slack
/// user group) or someone in <c>Environments:&lt;env&gt;:Acknowledgers</c>. Regenerate: the requester, the on-call, or
/// someone in <c>AllowedUsers</c>. The on-call is looked up again at press time, as the plan would name them now.
/// The local console has one user and no login (it serves this machine only), so its user may press its own plans' buttons.
/// </summary>
internal sealed class PlanActionPolicy(IOnCallResolver onCall, IEnumerable<IChatGroupDirectory> groups)
{
    /// <summary>Null when <paramref name="presser"/> may acknowledge; otherwise the refusal.</summary>
    public async Task<string?> CheckAcknowledgeAsync(PlanRecord plan, DeploymentEnvironment environment, Requester presser, CancellationToken cancellationToken)
    {
        if (IsConsole(presser) || Listed(environment.Options.Acknowledgers, presser) || await IsOnCallAsync(plan, environment, presser, cancellationToken))
        {
            return null;
        }

        return $"Only the {environment.Name} on-call can acknowledge this plan (or someone listed in Environments:{environment.Name}:Acknowledgers), so nothing changed.";
    }

    /// <summary>Null when <paramref name="presser"/> may regenerate; otherwise the refusal.</summary>
    public async Task<string?> CheckRegenerateAsync(PlanRecord plan, DeploymentEnvironment environment, Requester presser, CancellationToken cancellationToken)
    {
        if (IsConsole(presser) || Same(plan.Requester.UserId, presser.UserId) || Listed(environment.Options.AllowedUsers, presser)
            || await IsOnCallAsync(plan, environment, presser, cancellationToken))
        {
            return null;
        }

        return $"Only the person who asked for this plan, the {environment.Name} on-call or someone in Environments:{environment.Name}:AllowedUsers can regenerate it, so nothing changed.";
    }

    private async Task<bool> IsOnCallAsync(PlanRecord plan, DeploymentEnvironment environment, Requester presser, CancellationToken cancellationToken)
    {
        var target = await onCall.ResolveAsync(environment, presser.Platform, plan.Request.Window, cancellationToken);
        if (target.MentionId is not { Length: > 0 } mention)
        {
            return false;
        }

        if (Same(mention, presser.UserId))
        {
            return true;
        }

        return IsSlackGroup(presser.Platform, mention) && await IsGroupMemberAsync(presser, mention, cancellationToken);
    }

    private async Task<bool> IsGroupMemberAsync(Requester presser, string groupId, CancellationToken cancellationToken)
    {
        if (groups.FirstOrDefault(directory => directory.Platform == presser.Platform) is not { } directory)
        {
            return false;
        }

        try
        {
            var members = await directory.GetMembersAsync(groupId, cancellationToken);
            return members.Any(member => Same(member, presser.UserId));
        }
        catch (ChatDeliveryException)
        {
            // Membership unknown: fail closed. The presser is told who may acknowledge and can try again.
            return false;
        }
    }

    private static bool IsConsole(Requester presser) => presser.Platform == Conversations.Platforms.Console;

    private static bool IsSlackGroup(string platform, string mention) =>
        platform == Conversations.Platforms.Slack && mention.StartsWith('S');

    private static bool Listed(string[] people, Requester presser) => people.Any(person => Same(person, presser.UserId));

    private static bool Same(string? first, string? second) =>
        !string.IsNullOrWhiteSpace(first) && string.Equals(first.Trim(), second?.Trim(), StringComparison.OrdinalIgnoreCase);
}
