using System.Diagnostics;

namespace DeployBot.Benchmarks.Load.Driving;

/// <summary>
/// Sends commands to one target (the floor or DeployBot) in two shapes: at a fixed rate whatever the answers do (open
/// loop), and as fast as <c>N</c> connections allow, each sending its next command when the last is answered
/// (closed loop, saturation). Every command gets a fresh index, so no two are alike.
/// </summary>
internal sealed class LoadDriver(Uri target, int targetProcessId, Func<int, HttpRequestMessage> create, Func<int, int, string, bool> isAccepted)
{
    private int _next;

    /// <summary>The index the next command will get (the first of a phase).</summary>
    public int NextIndex => Volatile.Read(ref _next) + 1;

    public async Task<PhaseResult> FixedRateAsync(string name, int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var client = Client(int.MaxValue);
        var total = (int)(rate * duration.TotalSeconds);
        var sends = new List<Task<Sample>>(total);
        var cpu = ProcessCpu.Used(targetProcessId);
        var start = Stopwatch.GetTimestamp();
        for (var sent = 0; sent < total;)
        {
            // Fire every command that is due by now, each stamped with when it was due, then wait a millisecond.
            var dueNow = Math.Min(total, (int)(Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1);
            for (; sent < dueNow; sent++)
            {
                sends.Add(SendAsync(client, start + (long)(sent * (double)Stopwatch.Frequency / rate), cancellationToken));
            }

            await Task.Delay(1, cancellationToken);
        }

        var samples = await Task.WhenAll(sends);
        return new PhaseResult(name, samples, Stopwatch.GetElapsedTime(start), ProcessCpu.Used(targetProcessId) - cpu);
    }

    public async Task<PhaseResult> ClosedLoopAsync(string name, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var client = Client(connections);
        var cpu = ProcessCpu.Used(targetProcessId);
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var lanes = Enumerable.Range(0, connections).Select(_ => LaneAsync(client, end, cancellationToken));
        var samples = (await Task.WhenAll(lanes)).SelectMany(lane => lane).ToArray();
        // Lanes stop sending at the end of the window; the few answers still in flight then are counted with the time they took.
        return new PhaseResult(name, samples, Stopwatch.GetElapsedTime(start), ProcessCpu.Used(targetProcessId) - cpu);
    }

    private async Task<List<Sample>> LaneAsync(HttpClient client, long end, CancellationToken cancellationToken)
    {
        var samples = new List<Sample>();
        while (Stopwatch.GetTimestamp() < end)
        {
            samples.Add(await SendAsync(client, Stopwatch.GetTimestamp(), cancellationToken));
        }

        return samples;
    }

    private async Task<Sample> SendAsync(HttpClient client, long due, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _next);
        try
        {
            using var request = create(index);
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            var accepted = isAccepted(index, status, body);
            return new Sample(index, due, Stopwatch.GetTimestamp(), status, accepted, accepted ? null : Describe(status, body));
        }
        catch (HttpRequestException exception)
        {
            return new Sample(index, due, Stopwatch.GetTimestamp(), 0, false, exception.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Sample(index, due, Stopwatch.GetTimestamp(), 0, false, "client timeout (30 s)");
        }
    }

    private static string Describe(int status, string body) => $"HTTP {status}: {(body.Length > 120 ? body[..120] + "…" : body)}";

    private HttpClient Client(int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false })
        {
            BaseAddress = target,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
