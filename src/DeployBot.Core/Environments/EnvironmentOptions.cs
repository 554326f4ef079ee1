namespace DeployBot.Core.Environments;

/// <summary>One entry under <c>Environments:&lt;name&gt;</c> in configuration (see CONTRACT.md).</summary>
public sealed class EnvironmentOptions
{
    public const string SectionName = "Environments";

    public string[] Aliases { get; set; } = [];

    public RiskLevel Risk { get; set; } = RiskLevel.Medium;

    public bool RequireWindow { get; set; }

    public ReleaseChannelOptions ReleaseChannel { get; set; } = new();

    public OnCallOptions OnCall { get; set; } = new();

    /// <summary>Optional allow-list of channel ids people may ask from; empty means any channel.</summary>
    public string[] AllowedChannels { get; set; } = [];

    /// <summary>Optional allow-list of user ids who may ask; empty means anyone.</summary>
    public string[] AllowedUsers { get; set; } = [];

    /// <summary>This environment's own <c>Deployment:*</c> keys; each one set here overrides the global one.</summary>
    public DeploymentOptions Deployment { get; set; } = new();

    /// <summary>People besides the on-call who may acknowledge this environment's plans (user ids on any platform).</summary>
    public string[] Acknowledgers { get; set; } = [];
}

/// <summary>Where plans for an environment are posted, per platform.</summary>
public sealed class ReleaseChannelOptions
{
    /// <summary>Slack channel id (<c>C…</c>).</summary>
    public string? Slack { get; set; }

    /// <summary>Teams channel id (<c>19:…@thread.tacv2</c>).</summary>
    public string? Teams { get; set; }

    /// <summary>Channel name shown by the local console; defaults to <c>releases</c>.</summary>
    public string? Console { get; set; }
}

/// <summary>Who is on call for an environment, and where to find out.</summary>
public sealed class OnCallOptions
{
    /// <summary><c>Static</c> (default), <c>PagerDuty</c> or <c>Opsgenie</c>.</summary>
    public string Provider { get; set; } = "Static";

    /// <summary>Slack user id (<c>U…</c>/<c>W…</c>) or user-group id (<c>S…</c>).</summary>
    public string? Slack { get; set; }

    public TeamsOnCallOptions Teams { get; set; } = new();

    /// <summary>Name shown where no platform mention is possible (the local console, plain-text fallbacks).</summary>
    public string? Name { get; set; }

    public string? ScheduleId { get; set; }

    public string? EscalationPolicyId { get; set; }
}

/// <summary>The Teams user to @mention.</summary>
public sealed class TeamsOnCallOptions
{
    /// <summary>AAD object id, <c>29:…</c> id or UPN.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }
}
