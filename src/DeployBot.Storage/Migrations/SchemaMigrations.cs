namespace DeployBot.Storage.Migrations;

/// <summary>
/// Every schema change, oldest first: the same list on SQLite and PostgreSQL. Append new migrations; never edit one
/// that has shipped. Times are epoch milliseconds (<c>bigint</c>); records are JSON in <c>text</c>.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "requests, plans and their versions", InitialSchema.Plans),
        new(2, "postings, threads and acknowledgements", InitialSchema.Conversations),
        new(3, "job queue, delivery dedupe and audit", InitialSchema.Operations),
        new(4, "plan checklist ticks", ChecklistSchema.StepTicks),
        new(5, "fewer B-trees per acknowledgement (SQLite)", SqliteAdmissionSchema.FewerTreesPerAdmission, SqliteOnly: true),
    ];
}
