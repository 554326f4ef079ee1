using DeployBot.Core.Conversations;
using DeployBot.Core.Jobs;
using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>What outlives a bot process: the stores, the clock, and the outside world (the chat platform, the planner).</summary>
internal sealed class World
{
    public World()
    {
        Plans = new InMemoryPlanStore(Time);
        Deliveries = new InMemoryDeduplicator(Time);
        Queue = new InMemoryJobQueue(Plans, Deliveries, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 14, 22, 0, TimeSpan.Zero));

    public InMemoryPlanStore Plans { get; }

    public InMemoryJobQueue Queue { get; }

    public InMemoryPendingRequestStore Pending { get; } = new();

    public InMemoryAuditLog Audit { get; } = new();

    public InMemoryChecklistStore Checklists { get; } = new();

    public InMemoryDeduplicator Deliveries { get; }

    public RecordingChatPlatform Slack { get; } = new(PlatformNames.Slack);

    public RecordingChatPlatform Teams { get; } = new(PlatformNames.Teams);

    public StubPlanner Planner { get; set; } = new();

    public StubAssistant Assistant { get; } = new();

    /// <summary>The real offline rollback planner: what a bot without a model writes.</summary>
    public DeployBot.Core.Planning.IRollbackPlanner RollbackPlanner { get; set; } = new DeployBot.Playbooks.Offline.OfflineRollbackPlanner();

    /// <summary>When set, the bot reads links in NOTES through it; otherwise no release source is registered.</summary>
    public StubReleaseSource? Releases { get; init; }

    /// <summary>When set, the bot keeps its state in this SQLite database (the real DeployBot.Storage) instead of in memory.</summary>
    public string? SqliteFile { get; init; }
}

/// <summary>
/// One bot process built the way the host builds it (<c>AddDeployBotCore</c> over configuration), with the
/// test world's stores and platforms. Tests drive the engine and run queued jobs with <see cref="DrainAsync"/>.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    private readonly IHost _host;

    public EngineHarness(World? world = null, IDictionary<string, string?>? settings = null)
    {
        World = world ?? new World();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(TestEnvironments.Settings);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<TimeProvider>(World.Time);
        builder.Services.AddLogging();
        builder.AddDeployBotCore();
        AddStores(builder);
        builder.Services.AddSingleton<IChatPlatform>(World.Slack);
        builder.Services.AddSingleton<IChatPlatform>(World.Teams);
        builder.Services.AddSingleton<IDeploymentPlanner>(World.Planner);
        builder.Services.AddSingleton<IPlanAssistant>(World.Assistant);
        builder.Services.AddSingleton(World.RollbackPlanner);
        if (World.Releases is { } releases)
        {
            builder.Services.AddSingleton<DeployBot.Core.Releases.IReleaseSource>(releases);
        }
        _host = builder.Build();
    }

    public World World { get; }

    public IServiceProvider Services => _host.Services;

    public static Requester Alice { get; } = new(PlatformNames.Slack, "U-ALICE", "alice", "C-DEV", "https://hooks.example/alice");

    public static Requester Bob { get; } = new(PlatformNames.Slack, "U-BOB", "bob", "C-DEV");

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public Task StartHostAsync() => _host.StartAsync(Token);

    public async Task<EngineReply> StartAsync(string arguments, Requester? requester = null, string? deliveryId = null) =>
        await UseEngineAsync(engine => engine.StartAsync(new StartRequest(requester ?? Alice, arguments, deliveryId), Token));

    public async Task<EngineReply> SubmitAsync(string formId, Dictionary<DeployBot.Core.Requests.RequestField, string?> values, Requester? requester = null) =>
        await UseEngineAsync(engine => engine.SubmitFormAsync(new SubmitForm(requester ?? Alice, formId, values), Token));

    public async Task<EngineReply> SayInThreadAsync(ThreadRef thread, string text, string deliveryId, Requester? author = null) =>
        await UseEngineAsync(engine => engine.HandleThreadMessageAsync(new ThreadMessage(thread, author ?? Bob, text, deliveryId), Token));

    public async Task<EngineReply> PressAsync(string planId, PlanButton button, Requester? presser = null, string? deliveryId = null) =>
        await UseEngineAsync(engine => engine.PressButtonAsync(new ButtonPressed(planId, button, presser ?? Bob, deliveryId), Token));

    public async Task<EngineReply> TickAsync(string planId, int version, Requester? ticker = null, string? deliveryId = null, params StepChange[] changes) =>
        await UseEngineAsync(engine => engine.TickStepsAsync(new StepsTicked(planId, version, changes, ticker ?? Bob, deliveryId), Token));

    /// <summary>Runs every due job to its outcome, as the worker would; returns how many ran.</summary>
    public async Task<int> DrainAsync()
    {
        var processor = Services.GetRequiredService<JobProcessor>();
        var ran = 0;
        while (await processor.RunNextAsync(Token))
        {
            ran++;
        }

        return ran;
    }

    /// <summary>Starts a request that must be accepted and runs its jobs; returns the plan id.</summary>
    public async Task<string> PostPlanAsync(string arguments, Requester? requester = null)
    {
        var reply = Assert.IsType<Accepted>(await StartAsync(arguments, requester));
        await DrainAsync();
        return reply.PlanId!;
    }

    public ThreadRef ThreadOf(string planId)
    {
        var published = World.Slack.Publications.Last(p => p.Delivery!.PlanId == planId);
        return new ThreadRef(PlatformNames.Slack, published.Message!.ChannelId, published.Message.MessageId);
    }

    private void AddStores(IHostApplicationBuilder builder)
    {
        if (World.SqliteFile is { } file)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:ConnectionString"] = $"Data Source={file}",
            });
            builder.AddDeployBotStorage();
            return;
        }

        builder.Services.AddSingleton<IPlanStore>(World.Plans);
        builder.Services.AddSingleton<IJobQueue>(World.Queue);
        builder.Services.AddSingleton<IPendingRequestStore>(World.Pending);
        builder.Services.AddSingleton<IAuditLog>(World.Audit);
        builder.Services.AddSingleton<IChecklistStore>(World.Checklists);
        builder.Services.AddSingleton<IDeliveryDeduplicator>(World.Deliveries);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }

    private async Task<EngineReply> UseEngineAsync(Func<IConversationEngine, Task<EngineReply>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<IConversationEngine>());
    }
}
