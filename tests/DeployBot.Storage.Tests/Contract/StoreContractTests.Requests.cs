using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;

namespace DeployBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task FindAsync_SavedPendingRequest_RoundTripsRequesterAndValues()
    {
        var values = new Dictionary<RequestField, string> { [RequestField.Notes] = "Fix \"quotes\" and ünïcode ✓", [RequestField.Environment] = "production" };
        var saved = new PendingRequest("form-1", Alice(Platforms.Teams), values, Time.GetUtcNow());

        await Store.Pending.SaveAsync(saved, Cancel);
        var found = await NewReplica().Pending.FindAsync("form-1", Cancel);

        Assert.Equal((saved.Id, saved.Requester, saved.CreatedAt), (found?.Id, found?.Requester, found?.CreatedAt));
        Assert.Equal(values.OrderBy(v => v.Key), found!.Values.OrderBy(v => v.Key));
    }

    [Fact]
    public async Task SaveAsync_SameIdAgain_ReplacesCollectedValues()
    {
        await Store.Pending.SaveAsync(new PendingRequest("form-1", Alice(), new Dictionary<RequestField, string> { [RequestField.Notes] = "draft" }, Time.GetUtcNow()), Cancel);

        await Store.Pending.SaveAsync(new PendingRequest("form-1", Alice(), new Dictionary<RequestField, string> { [RequestField.Window] = "tonight" }, Time.GetUtcNow()), Cancel);

        var found = await Store.Pending.FindAsync("form-1", Cancel);
        Assert.Equal([RequestField.Window], found!.Values.Keys);
    }

    [Fact]
    public async Task CompleteAsync_DoubleSubmit_OnlyFirstSucceeds()
    {
        await Store.Pending.SaveAsync(new PendingRequest("form-1", Alice(), new Dictionary<RequestField, string>(), Time.GetUtcNow()), Cancel);

        var first = await Store.Pending.CompleteAsync("form-1", Cancel);
        var second = await NewReplica().Pending.CompleteAsync("form-1", Cancel);

        Assert.True(first);
        Assert.False(second);
        Assert.False(await Store.Pending.CompleteAsync("form-missing", Cancel));
        Assert.Null(await Store.Pending.FindAsync("form-missing", Cancel));
    }

    [Fact]
    public async Task GetRecentRequestTimesAsync_MixedUsersAndTimes_ReturnsThisUsersSinceCutoffInOrder()
    {
        var start = Time.GetUtcNow();
        await StorePlanAsync("plan-old");
        Time.Advance(TimeSpan.FromMinutes(1));
        await StorePlanAsync("plan-a");
        await StorePlanAsync("plan-teams", Alice(Platforms.Teams));
        await StorePlanAsync("plan-bob", Alice() with { UserId = "U0BOB" });
        Time.Advance(TimeSpan.FromMinutes(9));
        await StorePlanAsync("plan-b");

        var times = await Store.Plans.GetRecentRequestTimesAsync(Platforms.Slack, "U0ALICE", start.AddSeconds(30), Cancel);

        Assert.Equal([start.AddMinutes(1), start.AddMinutes(10)], times);
    }

    [Fact]
    public async Task TryMarkAsync_RepeatWithinTtl_IsRejectedUntilExpiry()
    {
        var first = await Store.Deliveries.TryMarkAsync("slack:Ev42", TimeSpan.FromMinutes(10), Cancel);
        var repeat = await NewReplica().Deliveries.TryMarkAsync("slack:Ev42", TimeSpan.FromMinutes(10), Cancel);
        Time.Advance(TimeSpan.FromMinutes(9));
        var stillRepeat = await Store.Deliveries.TryMarkAsync("slack:Ev42", TimeSpan.FromMinutes(10), Cancel);
        Time.Advance(TimeSpan.FromMinutes(1));
        var afterExpiry = await Store.Deliveries.TryMarkAsync("slack:Ev42", TimeSpan.FromMinutes(10), Cancel);
        var renewed = await Store.Deliveries.TryMarkAsync("slack:Ev42", TimeSpan.FromMinutes(10), Cancel);

        Assert.Equal((true, false, false, true, false), (first, repeat, stillRepeat, afterExpiry, renewed));
        Assert.True(await Store.Deliveries.TryMarkAsync("slack:Ev43", TimeSpan.FromMinutes(10), Cancel));
    }

    [Fact]
    public async Task TryMarkAsync_SameKeyConcurrently_ExactlyOneWins()
    {
        var replicas = new[] { Store, NewReplica() };

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(
            () => replicas[i % 2].Deliveries.TryMarkAsync("teams:act-1", TimeSpan.FromMinutes(10), Cancel), Cancel)));

        Assert.Single(results, first => first);
    }

    [Fact]
    public async Task GetForPlanAsync_RecordedEntries_RoundTripInOrder()
    {
        var entries = new[]
        {
            new AuditEntry("plan-1", "requested", "slack:U0ALICE", "{\"environment\":\"production\",\"notes\":\"a \\\"b\\\"\"}", Time.GetUtcNow()),
            new AuditEntry("plan-1", "planned", "deploybot", "{\"planner\":\"model\",\"model\":\"gpt-4o-mini\",\"attempts\":2}", Time.GetUtcNow().AddSeconds(4)),
            new AuditEntry("plan-1", "posted", "deploybot", "{\"channel\":\"C0RELEASES1\"}", Time.GetUtcNow().AddSeconds(5)),
        };
        foreach (var entry in entries)
        {
            await Store.Audit.RecordAsync(entry, Cancel);
        }

        await Store.Audit.RecordAsync(entries[0] with { PlanId = "plan-2" }, Cancel);

        Assert.Equal(entries, await NewReplica().Audit.GetForPlanAsync("plan-1", Cancel));
        Assert.Empty(await Store.Audit.GetForPlanAsync("plan-3", Cancel));
    }
}
