using DeployBot.Core.Conversations;
using DeployBot.Core.Plans;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Storage.Tests.Contract;

/// <summary>
/// The storage contract (the doc comments of <c>DeployBot.Core.Storage</c>), run against every engine:
/// <see cref="SqliteStoreTests"/> and <see cref="PostgresStoreTests"/> derive from it and only say how to get a fresh database.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private readonly List<StorageHost> _hosts = [];
    private string? _connectionString;

    internal FakeTimeProvider Time { get; } = new(Start);

    /// <summary>The first "replica" over this test's database.</summary>
    internal StorageHost Store { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract string Provider { get; }

    public async ValueTask InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync();
        Store = NewReplica();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Another process's view of the same database: its own services and connection pool.</summary>
    internal StorageHost NewReplica()
    {
        var host = new StorageHost(Provider, _connectionString!, Time);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Creates an empty database for this test and returns its connection string.</summary>
    protected abstract ValueTask<string> CreateDatabaseAsync();

    protected abstract ValueTask DropDatabaseAsync();

    protected static Requester Alice(string platform = Platforms.Slack) => new(platform, "U0ALICE", "Alice", "C0REQUESTS", "{\"responseUrl\":\"https://hooks.example/1\"}");

    protected static DeploymentRequest ProductionRequest(string notes = "Add checkout-v2 behind a flag; migrate orders table") =>
        new(notes, "production", "2025-03-11 22:00-23:00 UTC", "checkout-v2");

    internal PlanRecord NewPlan(string planId, Requester? requester = null) =>
        new(planId, ProductionRequest(), requester ?? Alice(), Time.GetUtcNow());

    internal NewJob NewJob(string jobId, string planId, string? dedupeKey = null, JobKind kind = JobKind.GeneratePlan) =>
        new(jobId, kind, planId, $"{{\"job\":\"{jobId}\"}}", dedupeKey, Time.GetUtcNow());

    /// <summary>Stores a plan the way the engine does: with its first job.</summary>
    internal async Task<PlanRecord> StorePlanAsync(string planId, Requester? requester = null)
    {
        var plan = NewPlan(planId, requester);
        Assert.True(await Store.Jobs.EnqueueAsync(NewJob($"job-{planId}", planId), plan, Cancel));
        return plan;
    }

    protected static DeploymentPlan SamplePlan(string firstStep = "Deploy api v2 with scripts/deploy.sh") => new(
        new PlanContext("Add checkout-v2", "production", "2025-03-11 22:00-23:00 UTC", "checkout-v2"),
        ["Ships checkout-v2 dark.", "Migrates the orders table."],
        ["Confirm backups of orders are < 24h old"],
        [new PlanStep(firstStep, "scripts/deploy.sh", StepMode.Automated), new PlanStep("Enable the flag for 1%", null, StepMode.Manual, "enable checkout-v2 for 1%")],
        ["Watch checkout error rate for 15 minutes"],
        ["Disable checkout-v2; run scripts/rollback.sh"],
        ["Schedule the 100% ramp"],
        ReleaseKind.Migration,
        [RiskArea.Schema, RiskArea.Data],
        new PlannerInfo(PlannerInfo.Model, "gpt-4o-mini", 2, null));
}
