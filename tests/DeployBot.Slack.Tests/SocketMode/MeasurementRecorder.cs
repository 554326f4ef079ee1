using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using DeployBot.Core.Telemetry;

namespace DeployBot.Slack.Tests.SocketMode;

/// <summary>Listens to one DeployBot instrument for the length of a test and keeps every measurement's tags.</summary>
internal sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, object?>> _measurements = new();

    public MeasurementRecorder(string instrument)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter.Name == DeployBotTelemetry.Name && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) => Record(tags));
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) => Record(tags));
        _listener.Start();
    }

    /// <summary>The value of <paramref name="tag"/> on each measurement so far (other tests running in parallel may add theirs).</summary>
    public IReadOnlyList<string?> Tags(string tag) =>
        _measurements.Select(measurement => measurement.GetValueOrDefault(tag)?.ToString()).ToArray();

    /// <summary>Waits (bounded) for a measurement whose <paramref name="tag"/> is <paramref name="value"/>; recording follows the ack by a moment.</summary>
    public async Task<bool> SawAsync(string tag, string value)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!Tags(tag).Contains(value))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return false;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        return true;
    }

    public void Dispose() => _listener.Dispose();

    private void Record(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            copy[key] = value;
        }

        _measurements.Enqueue(copy);
    }
}
