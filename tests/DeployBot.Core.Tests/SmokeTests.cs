namespace DeployBot.Core.Tests;

public sealed class PlaceholderTests
{
}
