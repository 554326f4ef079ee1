namespace DeployBot.Teams.Tests;

public sealed class PlaceholderTests
{
}
