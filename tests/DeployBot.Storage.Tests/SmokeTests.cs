namespace DeployBot.Storage.Tests;

public sealed class PlaceholderTests
{
}
