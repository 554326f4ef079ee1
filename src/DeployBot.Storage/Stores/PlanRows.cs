using System.Data.Common;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Stores;

/// <summary>The <c>plans</c> table, shared by the plan store and the job queue (which records a plan with its first job).</summary>
internal static class PlanRows
{
    public const string Columns = "plan_id, request, requester, created_at";

    /// <summary>Inserts the plan unless one with its id exists.</summary>
    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, PlanRecord plan, CancellationToken cancellationToken) =>
        InsertAsync(connection, transaction, plan, Json(plan), cancellationToken);

    /// <summary>The request and requester columns, made before the write so the writer (one thread on SQLite) does not.</summary>
    public static (string Request, string Requester) Json(PlanRecord plan) => (StoredJson.Write(plan.Request), StoredJson.Write(plan.Requester));

    /// <summary>Inserts the plan, its JSON columns already made (<see cref="Json"/>), unless one with its id exists.</summary>
    public static async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, PlanRecord plan, (string Request, string Requester) json, CancellationToken cancellationToken)
    {
        var command = connection.Prepared("""
                INSERT INTO plans (plan_id, request, requester, platform, user_id, created_at)
                VALUES (@id, @request, @requester, @platform, @user, @created)
                ON CONFLICT (plan_id) DO NOTHING
                """, transaction)
            .With("@id", plan.PlanId)
            .With("@request", json.Request)
            .With("@requester", json.Requester)
            .With("@platform", plan.Requester.Platform)
            .With("@user", plan.Requester.UserId)
            .With("@created", StoredTime.ToStored(plan.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static PlanRecord Read(DbDataReader row) => new(
        row.GetString(0),
        StoredJson.Read<DeploymentRequest>(row.GetString(1)),
        StoredJson.Read<Requester>(row.GetString(2)),
        StoredTime.FromStored(row.GetInt64(3)));
}
