namespace DeployBot.Slack.Tests;

public sealed class PlaceholderTests
{
}
