namespace DeployBot.Slack.Rendering;

/// <summary>Slack's message and modal limits (slack-protocol.md §3, §5).</summary>
internal static class SlackLimits
{
    public const int BlocksPerMessage = 50;
    public const int SectionText = 3000;
    public const int HeaderText = 150;

    /// <summary>Below the undocumented cumulative limit (<c>msg_blocks_too_long</c>, observed around 12–13k characters).</summary>
    public const int BlockTextPerMessage = 11_000;

    public const int ViewTitle = 24;
    public const int PrivateMetadata = 3000;
    public const int SelectOptions = 100;
    public const int OptionText = 75;
    public const int InputMaxLength = 3000;

    /// <summary>Largest Web API answer read; DeployBot's calls get a few KB (a big user group's member list stays far below).</summary>
    public const int MaxResponseBytes = 4 * 1024 * 1024;
}
