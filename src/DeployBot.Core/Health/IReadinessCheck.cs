namespace DeployBot.Core.Health;

/// <summary>A part of the bot that can say it is not ready (e.g. the Slack socket is down); <c>/readyz</c> lists every reason.</summary>
public interface IReadinessCheck
{
    /// <summary>Null when ready, else a short reason.</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken);
}
