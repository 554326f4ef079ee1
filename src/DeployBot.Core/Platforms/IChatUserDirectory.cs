namespace DeployBot.Core.Platforms;

/// <summary>Finds a platform user by e-mail, to turn the paging tool's on-call person into someone a plan can mention.</summary>
public interface IChatUserDirectory
{
    /// <summary>One of <see cref="Conversations.Platforms"/>.</summary>
    string Platform { get; }

    /// <summary>The platform user id for the e-mail (Slack <c>users.lookupByEmail</c>), or null when the platform has no such user.
    /// Throws <see cref="ChatDeliveryException"/> or <see cref="HttpRequestException"/> when the lookup itself fails.</summary>
    Task<string?> FindUserIdByEmailAsync(string email, CancellationToken cancellationToken);
}
