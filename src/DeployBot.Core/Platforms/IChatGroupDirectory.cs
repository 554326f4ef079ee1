namespace DeployBot.Core.Platforms;

/// <summary>Finds the members of a platform user group (a Slack <c>S…</c> group named as an environment's on-call).</summary>
public interface IChatGroupDirectory
{
    /// <summary>One of <see cref="Conversations.Platforms"/>.</summary>
    string Platform { get; }

    /// <summary>The user ids in the group (Slack <c>usergroups.users.list</c>). Throws <see cref="ChatDeliveryException"/>
    /// when the lookup fails; callers deciding who may act treat that as "not a member".</summary>
    Task<IReadOnlyCollection<string>> GetMembersAsync(string groupId, CancellationToken cancellationToken);
}
