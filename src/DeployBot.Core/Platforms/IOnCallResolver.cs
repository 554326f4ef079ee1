using DeployBot.Core.Environments;

namespace DeployBot.Core.Platforms;

/// <summary>Finds who is on call for an environment and how to mention them on a platform.</summary>
public interface IOnCallResolver
{
    /// <param name="environment">The environment whose rotation to read.</param>
    /// <param name="platform">One of <see cref="Conversations.Platforms"/>.</param>
    /// <param name="window">The request's WINDOW, to tell who is on call after a handover inside it.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>Never throws for lookup trouble: a target without a mention id and a note says why.</returns>
    Task<OnCallTarget> ResolveAsync(DeploymentEnvironment environment, string platform, string? window, CancellationToken cancellationToken);
}
