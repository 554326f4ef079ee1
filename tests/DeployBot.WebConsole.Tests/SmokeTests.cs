namespace DeployBot.WebConsole.Tests;

public sealed class PlaceholderTests
{
}
