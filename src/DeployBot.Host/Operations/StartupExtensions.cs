using DeployBot.Host.Operations.Validation;
using Microsoft.Extensions.Options;

namespace DeployBot.Host.Operations;

/// <summary>Runs the host; configuration that fails validation stops it with one clear line per problem, not a stack trace.</summary>
internal static class StartupExtensions
{
    public const string FailurePrefix = "DeployBot cannot start: ";

    /// <summary>
    /// Runs every options validation before anything reads options (endpoint mapping does), so a bad setting prints its
    /// lines instead of a stack trace. False when the host must not start.
    /// </summary>
    public static async Task<bool> ValidateConfigurationAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (Exception exception) when (StartupFailures.Describe(exception) is { } lines)
        {
            await ReportAsync(lines);
            return false;
        }
    }

    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (StartupFailures.Describe(exception) is { } lines)
        {
            await ReportAsync(lines);
            return 1;
        }
    }

    private static async Task ReportAsync(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            await Console.Error.WriteLineAsync(FailurePrefix + line);
        }
    }
}
