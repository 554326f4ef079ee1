namespace DeployBot.Planning.Tests;

public sealed class PlaceholderTests
{
}
