namespace DeployBot.Host.Tests.Operations.Support;

/// <summary>
/// The collection every test that starts host processes joins (the reliability tests define it with parallelization
/// off), so those processes never compete for the 2 cores of the CI machine.
/// </summary>
internal static class ProcessCollection
{
    public const string Name = "DeployBot processes";
}
