using System.ComponentModel.DataAnnotations;

namespace DeployBot.Core.Policy;

/// <summary>The per-user limit on plan generation (<c>RateLimit</c> in configuration).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>How many plans one person may request within <see cref="WindowMinutes"/>.</summary>
    [Range(1, 10_000)]
    public int PlansPerUser { get; set; } = 10;

    [Range(1, 24 * 60)]
    public int WindowMinutes { get; set; } = 10;

    /// <summary>Requests that reach the model (new plans, regenerations, revisions, thread questions) one person may make per window.</summary>
    [Range(1, 10_000)]
    public int ModelCallsPerUser { get; set; } = 30;
}
