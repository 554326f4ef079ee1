using DeployBot.Core.Environments;
using DeployBot.Core.Health;
using DeployBot.Core.Jobs;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Conversations;

/// <summary>
/// The engine's part of a slash command, run once at start on a made-up command: the argument parser, the request
/// resolver with its WINDOW reader and time-zone data, the release analysis, the acknowledgement text and the job's
/// JSON. Only the pure steps: the engine itself would count the command as traffic and record it.
/// </summary>
internal sealed class CommandWarmUp(EnvironmentCatalog catalog, TimeProvider time) : IStartupWarmUp
{
    /// <summary>Shaped like a real command: quoted NOTES with risky items, a WINDOW in a named zone, a FLAG.</summary>
    private const string SampleNotes = "Release w1 adds a nullable column to orders, rotates the payments API key and drops the legacy_carts table";

    public string Name => "slash command";

    public Task WarmAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var environment = catalog.All.FirstOrDefault();
        var text = $"NOTES=\"{SampleNotes}\" ENVIRONMENT={environment?.Name ?? "staging"} WINDOW=\"Sat 06:00-08:00 Europe/Berlin\" FLAG=warm-up-flag";
        var parsed = ArgumentParser.Parse(text);
        var resolution = RequestResolver.Resolve(parsed, catalog, now);
        _ = ReleaseAnalyzer.IsIncidentHotfix(SampleNotes);
        _ = ReleaseAnalyzer.Analyze(SampleNotes);
        var requester = new Requester("warm-up", "U0WARMUP", "warm-up", "C0WARMUP");
        if (environment is not null)
        {
            _ = PlanRequestAcceptor.CheckEnvironment(environment, requester);
            _ = EngineText.Drafting(environment.Name, "#" + requester.ChannelId);
        }

        var request = resolution.Request ?? new DeploymentRequest(SampleNotes, environment?.Name ?? "staging", null, null);
        _ = new PlanRecord(Ids.NewPlanId(now), request, requester, now);
        _ = JobJson.Write(new GeneratePlanPayload(requester, null, requester.ChannelId));
        return Task.CompletedTask;
    }
}
