namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>
/// Tests that start real host processes (or hold storage locks) run one at a time and never beside other tests:
/// on a 2-core machine, parallel processes would turn their bounded waits into timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTestsCollection
{
    public const string Name = "DeployBot processes";
}
