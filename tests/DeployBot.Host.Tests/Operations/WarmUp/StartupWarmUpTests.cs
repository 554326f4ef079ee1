using DeployBot.Core.Health;
using DeployBot.Host.Operations.WarmUp;
using DeployBot.Host.Tests.Operations.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Host.Tests.Operations.WarmUp;

/// <summary>The warm-up never keeps the host from serving: a warm-up that fails or hangs is logged, and the host starts.</summary>
public sealed class StartupWarmUpTests
{
    [Fact]
    public async Task StartAsync_OneWarmUpThrows_RunsTheOthersLogsAWarningAndStarts()
    {
        var after = new RecordingWarmUp("after");
        var (sut, logs, _) = CreateSut(new ThrowingWarmUp(), after);

        await sut.StartAsync(TestContext.Current.CancellationToken);

        Assert.True(after.Ran);
        Assert.Contains(logs.Logs, log => log.Level == LogLevel.Warning && log.Message.Contains("broken", StringComparison.Ordinal));
        Assert.Contains(logs.Logs, log => log.Message.StartsWith("Warm-up finished before serving", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_WarmUpNeverFinishes_StartsOnceTheBoundHasPassedAndSaysSo()
    {
        var (sut, logs, time) = CreateSut(new HangingWarmUp());

        var start = sut.StartAsync(TestContext.Current.CancellationToken);
        var startedBeforeTheBound = start.IsCompleted;
        time.Advance(StartupWarmUp.Bound);
        await start.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.False(startedBeforeTheBound);
        Assert.Contains(logs.Logs, log => log.Level == LogLevel.Warning && log.Message.Contains("serves anyway", StringComparison.Ordinal));
        await sut.StopAsync(TestContext.Current.CancellationToken);
        sut.Dispose();
    }

    private static (StartupWarmUp Sut, CapturingLoggerProvider Logs, FakeTimeProvider Time) CreateSut(params IStartupWarmUp[] warmUps)
    {
        var logs = new CapturingLoggerProvider();
        var time = new FakeTimeProvider();
        var factory = LoggerFactory.Create(logging => logging.AddProvider(logs));
        return (new StartupWarmUp(warmUps, time, factory.CreateLogger<StartupWarmUp>()), logs, time);
    }

    private sealed class RecordingWarmUp(string name) : IStartupWarmUp
    {
        public bool Ran { get; private set; }

        public string Name => name;

        public Task WarmAsync(CancellationToken cancellationToken)
        {
            Ran = true;
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingWarmUp : IStartupWarmUp
    {
        public string Name => "broken";

        public Task WarmAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("no time-zone data");
    }

    private sealed class HangingWarmUp : IStartupWarmUp
    {
        public string Name => "hanging";

        public Task WarmAsync(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
