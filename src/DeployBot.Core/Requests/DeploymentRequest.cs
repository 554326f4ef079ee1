namespace DeployBot.Core.Requests;

/// <summary>What a release manager asks for: the four arguments of <c>/deploy-plan</c>.</summary>
/// <param name="Notes">The release notes (untrusted text, up to <see cref="RequestLimits.MaxNotesLength"/> characters).</param>
/// <param name="Environment">The canonical environment name from configuration (aliases already resolved).</param>
/// <param name="Window">The maintenance window, or null when none was given.</param>
/// <param name="Flag">The feature flag guarding the change, or null when none was given.</param>
public sealed record DeploymentRequest(string Notes, string Environment, string? Window = null, string? Flag = null);
