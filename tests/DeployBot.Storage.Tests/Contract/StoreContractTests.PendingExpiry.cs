using DeployBot.Core.Requests;
using DeployBot.Core.Storage;

namespace DeployBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task DeleteExpiredAsync_RemovesOnlyPendingRequestsCreatedBeforeTheCutoff()
    {
        var now = Time.GetUtcNow();
        await Store.Pending.SaveAsync(new PendingRequest("form-old", Alice(), new Dictionary<RequestField, string>(), now.AddHours(-30)), Cancel);
        await Store.Pending.SaveAsync(new PendingRequest("form-new", Alice(), new Dictionary<RequestField, string>(), now), Cancel);

        var deleted = await Store.Pending.DeleteExpiredAsync(now.AddHours(-24), Cancel);

        Assert.Equal(1, deleted);
        Assert.Null(await Store.Pending.FindAsync("form-old", Cancel));
        Assert.NotNull(await Store.Pending.FindAsync("form-new", Cancel));
    }
}
