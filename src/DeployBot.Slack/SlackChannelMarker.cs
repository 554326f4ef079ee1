namespace DeployBot.Slack;

/// <summary>Registered only when Slack is configured: tells <c>MapSlackEndpoints</c> to map the endpoints.</summary>
internal sealed class SlackChannelMarker;
