using DeployBot.Core.Conversations;
using DeployBot.Core.Health;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using DeployBot.Storage.Database;

namespace DeployBot.Storage.Jobs;

/// <summary>
/// Storage's part of a slash command, run once at start: the admission (rate-limit count, budget key, job and plan
/// inserts) rehearsed in a rolled-back savepoint, so the first command finds its statements prepared on the writer's
/// connection. Skipped while storage is not migrated yet: <c>/readyz</c> says why, and the first command pays instead.
/// </summary>
internal sealed class AdmissionWarmUp(StorageDatabase database, JobQueue jobs) : IStartupWarmUp
{
    public string Name => "storage admission";

    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        if (!database.IsMigrated)
        {
            return;
        }

        var now = database.Time.GetUtcNow();
        // Ids no real row can have; the rows are rolled back anyway.
        var planId = $"warm-up-{Guid.NewGuid():N}";
        var requester = new Requester("warm-up", "U0WARMUP", "warm-up", "C0WARMUP");
        var plan = new PlanRecord(planId, new DeploymentRequest("warm-up", "warm-up"), requester, now);
        var job = new NewJob(planId + "-job", JobKind.GeneratePlan, planId, "{}", "warm-up:" + planId, now);
        var admission = new PlanAdmission(requester.Platform, requester.UserId, now.AddHours(-1), int.MaxValue, ["warm-up:" + planId], TimeSpan.FromMinutes(1));
        await jobs.RehearseAdmissionAsync(job, plan, admission, cancellationToken);
    }
}
