using DeployBot.Core.Planning;
using DeployBot.Host.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeployBot.Host.Tests.Cli;

/// <summary>Runs the <c>plan</c> verb in-process with captured stdout/stderr and test configuration on top.</summary>
internal static class PlanCommandHarness
{
    public static async Task<CommandRun> RunAsync(
        string[] arguments,
        IDictionary<string, string?>? settings = null,
        IDeploymentPlanner? planner = null,
        TimeProvider? time = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = await PlanCommand.RunAsync(arguments, output, error, builder =>
        {
            builder.Configuration.AddInMemoryCollection(Settings(settings));
            if (planner is not null)
            {
                builder.Services.RemoveAll<IDeploymentPlanner>();
                builder.Services.AddSingleton(planner);
            }

            if (time is not null)
            {
                builder.Services.RemoveAll<TimeProvider>();
                builder.Services.AddSingleton(time);
            }
        }, TestContext.Current.CancellationToken);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }

    // The environments of the shipped appsettings.json, stated here so the tests do not depend on where they run.
    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Model:Provider"] = "Offline",
            ["Environments:staging:Aliases:0"] = "stage",
            ["Environments:staging:Aliases:1"] = "stg",
            ["Environments:production:Aliases:0"] = "prod",
            ["Environments:production:Risk"] = "High",
            ["Environments:production:RequireWindow"] = "true",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}

internal sealed record CommandRun(int ExitCode, string Output, string Error);
