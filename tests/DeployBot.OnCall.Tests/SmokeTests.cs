namespace DeployBot.OnCall.Tests;

public sealed class PlaceholderTests
{
}
