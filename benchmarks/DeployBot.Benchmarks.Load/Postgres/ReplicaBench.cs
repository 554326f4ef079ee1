using System.Diagnostics;
using DeployBot.Benchmarks.Load.Drain;
using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Benchmarks.Load.Stores;
using DeployBot.Benchmarks.Load.Wrk;
using DeployBot.Testing.Processes;

namespace DeployBot.Benchmarks.Load.Postgres;

/// <summary>
/// Several DeployBot replicas on one fresh PostgreSQL database, as in the Kubernetes deployment: each phase drives
/// every replica at once with a wrk process of its own (an equal share of the connections, round-robin by
/// connection), then the tool waits for every recorded plan to be posted and checks none was posted twice, whichever
/// replica took the command and whichever replica's job lane wrote the plan.
/// </summary>
internal sealed class ReplicaBench(LoadOptions options, string signingSecret, IBenchStore store, int replicas)
{
    private string Name => $"deploybot ({store.Name}, {replicas} replicas)";

    public async Task<ReplicaFigures> RunAsync(CancellationToken cancellationToken)
    {
        await using var fakes = await LoadFakes.StartAsync(options.ModelDelayMs, cancellationToken);
        var settings = fakes.HostSettings(signingSecret, store, options.JobConcurrency);
        var hosts = new List<DeployBotProcess>();
        try
        {
            // One after the other: the first migrates the fresh database's schema.
            Console.Error.WriteLine($"{Name}: starting the replicas");
            var clock = Stopwatch.StartNew();
            for (var i = 1; i <= replicas; i++)
            {
                hosts.Add(await DeployBotProcess.StartAsync($"load-replica-{i}", settings, cancellationToken));
            }

            var startup = clock.Elapsed / replicas;
            try
            {
                return await MeasureAsync(hosts, fakes, startup, cancellationToken);
            }
            catch
            {
                hosts.ForEach(host => Console.Error.WriteLine(host.Output.Tail(20)));
                throw;
            }
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private async Task<ReplicaFigures> MeasureAsync(IReadOnlyList<DeployBotProcess> hosts, LoadFakes fakes, TimeSpan startup, CancellationToken ct)
    {
        var commands = new SignedCommands(signingSecret, fakes.Slack.NewResponseUrl);
        var targets = hosts.Select(host => new WrkTarget(host.BaseAddress, host.ProcessId)).ToArray();
        var wrkSaturation = new WrkSaturation(options, commands, targets, BotBench.WrkFirstIndex, BotBench.WrkPoolPerSecond);
        var wrk = await wrkSaturation.RunAsync(Name, ct);
        var wrkAcknowledged = wrk.Sum(phase => phase.Acked) + (wrkSaturation.WarmUp?.Acked ?? 0);

        var recorded = await store.PlanCountAsync(ct);
        Console.Error.WriteLine($"{Name}: waiting for {recorded - fakes.Ledger.PlanCount} of {recorded} recorded plans to be posted");
        var drain = await BacklogDrain.WaitAsync(fakes.Ledger, store, [], options.DrainTimeout, options.DrainRate, ct);
        Console.Error.WriteLine($"{Name}: drain {drain.Ending} after {drain.Elapsed.TotalSeconds:0} s ({drain.PostedPerSecond:0} plans/s)");

        var nothingFollowed = new DeliveryCheck(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var delivery = DeliveryChecks.WithWrk(nothingFollowed, fakes.Ledger, wrkSaturation.Indices, wrkAcknowledged, await store.PlanCountAsync(ct));
        var peak = hosts.Max(host => ProcessMemory.PeakResidentBytes(host.ProcessId));
        return new ReplicaFigures(hosts.Count, startup, peak, drain, delivery, await store.DurabilityAsync(ct), wrk);
    }
}
