namespace DeployBot.Storage.Migrations;

/// <summary>
/// One schema change, applied once per database in version order. <see cref="Sql"/> is written once for both engines;
/// <c>{identity}</c> stands for the engine's auto-numbered primary key column. A <paramref name="SqliteOnly"/> migration
/// (a storage layout only SQLite gains from) is recorded on PostgreSQL too, without running, so both count the same versions.
/// </summary>
internal sealed record Migration(int Version, string Name, string Sql, bool SqliteOnly = false);
