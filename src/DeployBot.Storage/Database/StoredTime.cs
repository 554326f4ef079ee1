namespace DeployBot.Storage.Database;

/// <summary>Times are stored as UTC epoch milliseconds (<c>bigint</c>) on both engines, so comparisons and ordering are plain integers.</summary>
internal static class StoredTime
{
    public static long ToStored(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromStored(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static long Now(this TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();
}
