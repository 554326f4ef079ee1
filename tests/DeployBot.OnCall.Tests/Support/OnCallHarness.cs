using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;
using DeployBot.Testing.OnCall;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeployBot.OnCall.Tests.Support;

/// <summary>
/// The real <c>AddOnCallResolution</c> wiring against the fake PagerDuty and Opsgenie on loopback, a fake Slack user
/// directory, and a clock (a <c>FakeTimeProvider</c> for cache tests, the system clock where real waits matter).
/// </summary>
internal sealed class OnCallHarness : IAsyncDisposable
{
    public const string PagerDutyToken = "pd-secret-token-123";
    public const string OpsgenieKey = "og-secret-key-456";

    private IHost? _host;

    private OnCallHarness(TimeProvider clock, FakePagerDuty pagerDuty, FakeOpsgenie opsgenie)
    {
        Clock = clock;
        PagerDuty = pagerDuty;
        Opsgenie = opsgenie;
    }

    public TimeProvider Clock { get; }

    public FakePagerDuty PagerDuty { get; }

    public FakeOpsgenie Opsgenie { get; }

    public FakeChatUserDirectory Slack { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Settings added to (and overriding) the defaults before the host is built.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<OnCallHarness> StartAsync(TimeProvider clock)
    {
        var token = TestContext.Current.CancellationToken;
        var pagerDuty = await FakePagerDuty.StartAsync(clock, PagerDutyToken, token);
        var opsgenie = await FakeOpsgenie.StartAsync(clock, OpsgenieKey, token);
        var harness = new OnCallHarness(clock, pagerDuty, opsgenie);
        harness.Settings["PagerDuty:ApiBaseUrl"] = pagerDuty.ApiBaseUrl;
        harness.Settings["PagerDuty:ApiToken"] = PagerDutyToken;
        harness.Settings["PagerDuty:TimeoutSeconds"] = "2";
        harness.Settings["PagerDuty:RetryDelayMilliseconds"] = "50";
        harness.Settings["Opsgenie:ApiBaseUrl"] = opsgenie.ApiBaseUrl;
        harness.Settings["Opsgenie:ApiKey"] = OpsgenieKey;
        harness.Settings["Opsgenie:TimeoutSeconds"] = "2";
        harness.Settings["Opsgenie:RetryDelayMilliseconds"] = "50";
        harness.Settings["Environments:production:OnCall:Provider"] = "PagerDuty";
        harness.Settings["Environments:production:OnCall:ScheduleId"] = "PSCHED1";
        harness.Settings["Environments:staging:OnCall:Provider"] = "Opsgenie";
        harness.Settings["Environments:staging:OnCall:ScheduleId"] = "og-sched";
        return harness;
    }

    public IServiceProvider Services => (_host ??= Build()).Services;

    public DeploymentEnvironment Environment(string name) =>
        Services.GetRequiredService<EnvironmentCatalog>().Find(name) ?? throw new InvalidOperationException($"No environment {name}.");

    public Task<OnCallTarget> ResolveAsync(string environment, string platform, string? window = null) =>
        Services.GetRequiredService<IOnCallResolver>().ResolveAsync(Environment(environment), platform, window, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        _host?.Dispose();
        await PagerDuty.DisposeAsync();
        await Opsgenie.DisposeAsync();
    }

    private IHost Build()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton(Clock);
        builder.Services.AddSingleton<IChatUserDirectory>(Slack);
        builder.Services.AddSingleton(provider => EnvironmentCatalog.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        builder.AddOnCallResolution();
        return builder.Build();
    }
}
