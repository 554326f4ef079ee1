namespace DeployBot.Host.Tests;

public sealed class PlaceholderTests
{
}
