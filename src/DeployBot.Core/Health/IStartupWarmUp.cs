namespace DeployBot.Core.Health;

/// <summary>
/// A part of the bot that runs its first-use paths once while the host starts (JIT, regex and serializer caches, time
/// zone data, prepared statements), so the first person after a restart does not pay for them. It must leave nothing
/// behind: no message posted, nothing stored, nothing counted as someone's request. The host runs every one before it
/// listens, within a bound; a failure is logged and the host serves anyway.
/// </summary>
public interface IStartupWarmUp
{
    /// <summary>What is warmed, for the start-up log (e.g. "slash command").</summary>
    string Name { get; }

    Task WarmAsync(CancellationToken cancellationToken);
}
