using System.Data.Common;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;
using DeployBot.Storage.Stores;

namespace DeployBot.Storage.Jobs;

/// <summary>
/// A slash command's one write: the rate limit counted, a model-budget key taken, the job and the plan inserted, all in
/// one transaction (on SQLite one place in the group commit, so one wait for one fsync per acknowledgement; before, the
/// budget key was a write, and a commit, of its own, and the rate limit a read on a connection of its own).
/// </summary>
internal sealed partial class JobQueue
{
    private const string CountRecentPlans = "SELECT COUNT(*) FROM plans WHERE platform = @platform AND user_id = @user AND created_at > @since";

    /// <summary>How often (in admissions) expired delivery keys are swept, as <see cref="DeliveryDeduplicator"/> does.</summary>
    private const int SweepEvery = 256;
    private const string RehearsalSavepoint = "warm_up";
    private int _admissions;

    public Task<Admission> AdmitAsync(NewJob job, PlanRecord plan, PlanAdmission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(admission);
        var sweep = Interlocked.Increment(ref _admissions) % SweepEvery == 0;
        var json = PlanRows.Json(plan);
        return database.WriteAsync((connection, transaction) => AdmitInAsync(connection, transaction, job, plan, json, admission, sweep, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Runs a slash command's admission statements (<see cref="AdmitAsync"/>) inside a savepoint that is then rolled back:
    /// at start, so the first command finds them prepared and their code compiled, and nothing is kept or seen by anyone.
    /// </summary>
    public Task RehearseAdmissionAsync(NewJob job, PlanRecord plan, PlanAdmission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(admission);
        var json = PlanRows.Json(plan);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await transaction.SaveAsync(RehearsalSavepoint, cancellationToken);
                try
                {
                    return await AdmitInAsync(connection, transaction, job, plan, json, admission, sweep: false, cancellationToken);
                }
                finally
                {
                    await transaction.RollbackAsync(RehearsalSavepoint, CancellationToken.None);
                    await transaction.ReleaseAsync(RehearsalSavepoint, CancellationToken.None);
                }
            },
            cancellationToken);
    }

    private async Task<Admission> AdmitInAsync(
        DbConnection connection,
        DbTransaction transaction,
        NewJob job,
        PlanRecord plan,
        (string Request, string Requester) json,
        PlanAdmission admission,
        bool sweep,
        CancellationToken cancellationToken)
    {
        var recent = await connection.Prepared(CountRecentPlans, transaction)
            .With("@platform", admission.Platform)
            .With("@user", admission.UserId)
            .With("@since", StoredTime.ToStored(admission.Since))
            .ScalarInt64Async(cancellationToken);
        if (recent >= admission.PlansPerUser)
        {
            return new Admission(AdmissionOutcome.RateLimited, -1);
        }

        var taken = await TakeBudgetKeyAsync(connection, transaction, admission, cancellationToken);
        if (taken < 0)
        {
            return new Admission(AdmissionOutcome.OverBudget, -1);
        }

        if (!await InsertJobAsync(connection, transaction, job, cancellationToken))
        {
            // A repeated delivery: give the key back (it was free a moment ago), so a retry spends nothing.
            await connection.Prepared("DELETE FROM delivery_keys WHERE delivery_key = @key", transaction)
                .With("@key", admission.BudgetKeys[taken])
                .ExecuteNonQueryAsync(cancellationToken);
            return new Admission(AdmissionOutcome.Duplicate, -1);
        }

        await PlanRows.InsertAsync(connection, transaction, plan, json, cancellationToken);
        if (sweep)
        {
            await connection.Prepared(DeliveryDeduplicator.Sweep, transaction).With("@now", database.Time.Now()).ExecuteNonQueryAsync(cancellationToken);
        }

        return new Admission(AdmissionOutcome.Recorded, taken);
    }

    /// <summary>Takes the first free budget key; its index, or -1 when every one is live.</summary>
    private async Task<int> TakeBudgetKeyAsync(DbConnection connection, DbTransaction transaction, PlanAdmission admission, CancellationToken cancellationToken)
    {
        var now = database.Time.Now();
        for (var i = 0; i < admission.BudgetKeys.Count; i++)
        {
            var marked = await connection.Prepared(DeliveryDeduplicator.Mark, transaction)
                .With("@key", admission.BudgetKeys[i])
                .With("@expires", now + (long)admission.BudgetKeepFor.TotalMilliseconds)
                .With("@now", now)
                .ExecuteNonQueryAsync(cancellationToken);
            if (marked == 1)
            {
                return i;
            }
        }

        return -1;
    }
}
