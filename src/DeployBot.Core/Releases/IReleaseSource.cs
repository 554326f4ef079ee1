namespace DeployBot.Core.Releases;

/// <summary>
/// Reads a release from a link in NOTES (GitHub, GitLab, an allowed raw file). Fetching happens in the plan job,
/// never in a webhook; a link that cannot be read throws <see cref="ReleaseUnreadableException"/> and no plan is written.
/// </summary>
public interface IReleaseSource
{
    /// <summary>The release a link in <paramref name="notes"/> points at; null when NOTES hold no link to read.</summary>
    Task<ResolvedRelease?> ResolveAsync(string notes, CancellationToken cancellationToken);
}

/// <summary>A link in NOTES that could not be read: which link, why, and what fixes it (no secrets).</summary>
public sealed class ReleaseUnreadableException(string link, string reason) : Exception($"The link {link} could not be read: {reason}")
{
    public string Link { get; } = link;

    public string Reason { get; } = reason;
}
