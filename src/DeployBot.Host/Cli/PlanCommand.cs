using System.Text;
using System.Text.RegularExpressions;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Playbooks.Offline;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rendering;
using DeployBot.Core.Releases;
using DeployBot.Core.Requests;
using Microsoft.Extensions.Options;

namespace DeployBot.Host.Cli;

/// <summary>
/// The <c>plan</c> verb: print one plan and exit (CONTRACT.md). Exit 0 with the plan on stdout; exit 2 with one line
/// on stderr naming every problem with the arguments, or the link in NOTES that cannot be read (which, why, the fix);
/// exit 1 when the configuration itself is invalid; exit 3 with one line on stderr when reading the notes ran past its
/// time budget (nothing half-written reaches stdout).
/// </summary>
internal static class PlanCommand
{
    public const int Success = 0;
    public const int ConfigurationError = 1;
    public const int UsageError = 2;
    public const int ReadingTimedOut = 3;
    private const string Prefix = "plan: ";

    public static async Task<int> RunAsync(string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Console.OutputEncoding = Encoding.UTF8;
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            return await RunAsync(arguments, Console.Out, Console.Error, configure: null, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync(Prefix + "cancelled");
            return 130;
        }
    }

    /// <summary>The verb with its streams and host configuration supplied (tests add settings or services through <paramref name="configure"/>).</summary>
    internal static async Task<int> RunAsync(
        IReadOnlyList<string> arguments,
        TextWriter output,
        TextWriter error,
        Action<IHostApplicationBuilder>? configure,
        CancellationToken cancellationToken)
    {
        var commandLine = PlanCommandLine.Read(arguments);
        if (commandLine.HelpRequested)
        {
            await output.WriteLineAsync("usage: " + PlanCommandLine.Usage);
            return Success;
        }

        using var host = PlanHost.Build(configure);
        try
        {
            var environments = host.Services.GetService<EnvironmentCatalog>()
                ?? EnvironmentCatalog.FromConfiguration(host.Services.GetRequiredService<IConfiguration>());
            // One "now" for reading WINDOW and for the plan, from the host's clock (tests swap in a fake one).
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var resolution = RequestResolver.Resolve(ArgumentParser.ParseShellArguments(commandLine.RequestArguments), environments, now);
            if (!resolution.IsComplete || commandLine.Problems.Count > 0)
            {
                await error.WriteLineAsync(Prefix + DescribeProblems(commandLine, resolution, arguments.Count == 0));
                return UsageError;
            }

            await output.WriteAsync(await WriteAsync(host.Services, resolution, now, commandLine, cancellationToken));
            await output.FlushAsync(cancellationToken);
            return Success;
        }
        catch (ReleaseUnreadableException exception)
        {
            await error.WriteLineAsync($"{Prefix}cannot read {exception.Link}: {exception.Reason}");
            return UsageError;
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync(Prefix + "invalid configuration: " + string.Join("; ", exception.Failures));
            return ConfigurationError;
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern over the notes ran past its budget: say so in one line instead of a stack trace, and never print a partial plan.
            await error.WriteLineAsync(Prefix + "reading the notes took longer than allowed (an overloaded machine, or notes that make a pattern backtrack); nothing was planned. Run it again; if it repeats, shorten NOTES and report the text.");
            return ReadingTimedOut;
        }
    }

    private static async Task<string> WriteAsync(
        IServiceProvider services, RequestResolution resolution, DateTimeOffset now, PlanCommandLine commandLine, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();

        // A link in NOTES is read first: the plan is written from what it says, never from the bare URL.
        var request = resolution.Request!;
        var releases = scope.ServiceProvider.GetService<IReleaseSource>();
        var release = releases is null ? null : await releases.ResolveAsync(request.Notes, cancellationToken);
        var input = new PlanningInput(request, resolution.Environment!, release: release, now: now);
        if (commandLine.Rollback)
        {
            var rollback = RollbackPlanWriter.Write(input);
            return commandLine.Format == PlanOutputFormat.Json
                ? System.Text.Json.JsonSerializer.Serialize(rollback, PlanJson.Indented) + "\n"
                : MarkdownRollbackRenderer.Render(rollback);
        }

        // AddDeploymentPlanning registers the configured planner; the offline one is the contract's default.
        var planner = scope.ServiceProvider.GetService<IDeploymentPlanner>() ?? new OfflinePlanner();
        return Render(await planner.CreatePlanAsync(input, cancellationToken), commandLine.Format);
    }

    private static string DescribeProblems(PlanCommandLine commandLine, RequestResolution resolution, bool nothingGiven)
    {
        var parts = new List<string>();
        var requestProblems = ArgumentProblems.ToOneLine(resolution);
        if (requestProblems.Length > 0)
        {
            parts.Add(requestProblems);
        }

        parts.AddRange(commandLine.Problems);
        var line = string.Join("; ", parts);
        return nothingGiven ? $"{line} (usage: {PlanCommandLine.Usage})" : line;
    }

    private static string Render(DeploymentPlan plan, PlanOutputFormat format) => format switch
    {
        PlanOutputFormat.Json => PlanJson.Serialize(plan, indented: true) + "\n",
        _ => MarkdownPlanRenderer.Render(plan),
    };
}
