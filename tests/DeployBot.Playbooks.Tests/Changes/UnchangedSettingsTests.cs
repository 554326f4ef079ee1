using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Tests.Changes;

/// <summary>
/// A setting the notes keep ("REDIS_URL stays the same", "same DATABASE_URL") is no changed item: only the settings
/// the notes do not keep are named as changed, in whatever words the notes keep them.
/// </summary>
public sealed class UnchangedSettingsTests
{
    [Theory]
    [InlineData("elasticache: sessions-cache redis 6.2 -> valkey 8.0, in-place engine change, REDIS_URL stays the same, clients tested in staging", "REDIS_URL")]
    [InlineData("elasticache cache-main: redis 6.2 -> valkey 8.0 (in-place engine change). REDIS_URL unchanged", "REDIS_URL")]
    [InlineData("postgres 12 -> 16 for orders-db, app unchanged, same DATABASE_URL (pgbouncer repoint)", "DATABASE_URL")]
    [InlineData("swap to the encrypted copy; no change to DATABASE_URL", "DATABASE_URL")]
    [InlineData("move search to the new cluster, `SEARCH_URL` does not change", "SEARCH_URL")]
    public void Changed_ASettingTheNotesKeep_IsNotAChangedItem(string notes, string key)
    {
        Assert.Empty(UnchangedSettings.Changed([key], notes));
        Assert.True(UnchangedSettings.All([key], notes));
    }

    [Theory]
    [InlineData("DATABASE_URL now points at the new pgbouncer pool orders-pool-2", "DATABASE_URL")]
    [InlineData("ES_URL renamed to SEARCH_URL (old name not read anymore)", "SEARCH_URL")]
    [InlineData("the same pool, but REDIS_URL points at the valkey endpoint now", "REDIS_URL")]
    public void Changed_ASettingTheNotesChange_StaysAChangedItem(string notes, string key)
    {
        Assert.Equal([key], UnchangedSettings.Changed([key], notes));
    }

    [Fact]
    public void Changed_OfSeveral_KeepsOnlyThoseTheNotesDoNotKeep()
    {
        const string notes = "REDIS_URL stays the same; CACHE_TTL_SECONDS raised to 600";

        Assert.Equal(["CACHE_TTL_SECONDS"], UnchangedSettings.Changed(["REDIS_URL", "CACHE_TTL_SECONDS"], notes));
    }
}
