using DeployBot.Core.Environments;

namespace DeployBot.OnCall.Providers;

/// <summary>A paging tool that knows who is on call for an environment's rotation.</summary>
internal interface IOnCallProvider
{
    /// <summary>The <c>Environments:&lt;env&gt;:OnCall:Provider</c> value this tool answers to.</summary>
    string Name { get; }

    /// <summary>"PagerDuty schedule PXXXXXX": where this environment's rotation is read.</summary>
    string Describe(DeploymentEnvironment environment);

    /// <summary>Who is on call now (<paramref name="at"/> null) or at <paramref name="at"/>; null when no one is.</summary>
    /// <exception cref="OnCallLookupException">The tool could not be asked or refused; the message says why.</exception>
    Task<OnCallPerson?> FindAsync(DeploymentEnvironment environment, DateTimeOffset? at, CancellationToken cancellationToken);
}
