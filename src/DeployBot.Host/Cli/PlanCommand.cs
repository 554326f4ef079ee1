namespace DeployBot.Host.Cli;

/// <summary>The <c>plan</c> verb: print one plan and exit (CONTRACT.md).</summary>
internal static class PlanCommand
{
    public static Task<int> RunAsync(string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Console.Error.WriteLine("plan: not implemented yet");
        return Task.FromResult(2);
    }
}
