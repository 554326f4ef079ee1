using DeployBot.Core.Storage;

namespace DeployBot.Storage.Tests.Contract;

/// <summary>A slash command's one write (issue 17): rate limit, model-budget key, job and plan decided in one transaction.</summary>
public abstract partial class StoreContractTests
{
    private static readonly string[] BudgetKeys = ["model-budget:slack:U0ALICE:1:0", "model-budget:slack:U0ALICE:1:1"];

    private PlanAdmission AliceAdmission(int plansPerUser = 10) =>
        new(Alice().Platform, Alice().UserId, Time.GetUtcNow() - TimeSpan.FromMinutes(10), plansPerUser, BudgetKeys, TimeSpan.FromMinutes(10));

    [Fact]
    public async Task AdmitAsync_FreeBudget_RecordsPlanAndJobAndTakesTheFirstFreeKey()
    {
        Assert.True(await Store.Deliveries.TryMarkAsync(BudgetKeys[0], TimeSpan.FromMinutes(10), Cancel));

        var admitted = await Store.Jobs.AdmitAsync(NewJob("job-1", "plan-1", "slack:command:T1"), NewPlan("plan-1"), AliceAdmission(), Cancel);

        Assert.Equal(new Admission(AdmissionOutcome.Recorded, 1), admitted);
        Assert.NotNull(await Store.Plans.FindAsync("plan-1", Cancel));
        Assert.Equal(JobStatus.Queued, await Store.Jobs.GetStatusAsync("job-1", Cancel));
        Assert.False(await Store.Deliveries.TryMarkAsync(BudgetKeys[1], TimeSpan.FromMinutes(10), Cancel));
    }

    [Fact]
    public async Task AdmitAsync_RepeatedDelivery_WritesNothingAndGivesTheBudgetKeyBack()
    {
        await Store.Jobs.AdmitAsync(NewJob("job-1", "plan-1", "slack:command:T1"), NewPlan("plan-1"), AliceAdmission(), Cancel);

        var repeat = await Store.Jobs.AdmitAsync(NewJob("job-2", "plan-2", "slack:command:T1"), NewPlan("plan-2"), AliceAdmission(), Cancel);

        Assert.Equal(AdmissionOutcome.Duplicate, repeat.Outcome);
        Assert.Null(await Store.Plans.FindAsync("plan-2", Cancel));
        Assert.Null(await Store.Jobs.GetStatusAsync("job-2", Cancel));
        Assert.True(await Store.Deliveries.TryMarkAsync(BudgetKeys[1], TimeSpan.FromMinutes(10), Cancel));
    }

    [Fact]
    public async Task AdmitAsync_LimitReachedByPlansInTheStore_RefusesAndWritesNothing()
    {
        await StorePlanAsync("plan-1", Alice());
        Time.Advance(TimeSpan.FromMinutes(1));

        var refused = await Store.Jobs.AdmitAsync(NewJob("job-2", "plan-2", "slack:command:T2"), NewPlan("plan-2"), AliceAdmission(plansPerUser: 1), Cancel);
        var keyStillFree = await Store.Deliveries.TryMarkAsync(BudgetKeys[0], TimeSpan.FromMinutes(10), Cancel);
        Time.Advance(TimeSpan.FromMinutes(10));
        var later = await Store.Jobs.AdmitAsync(NewJob("job-3", "plan-3", "slack:command:T3"), NewPlan("plan-3"), AliceAdmission(plansPerUser: 1), Cancel);

        Assert.Equal(AdmissionOutcome.RateLimited, refused.Outcome);
        Assert.Null(await Store.Plans.FindAsync("plan-2", Cancel));
        Assert.True(keyStillFree);
        Assert.Equal(AdmissionOutcome.Recorded, later.Outcome);
    }

    [Fact]
    public async Task AdmitAsync_EveryBudgetKeyLive_RefusesAndWritesNothing()
    {
        foreach (var key in BudgetKeys)
        {
            Assert.True(await Store.Deliveries.TryMarkAsync(key, TimeSpan.FromMinutes(10), Cancel));
        }

        var refused = await Store.Jobs.AdmitAsync(NewJob("job-1", "plan-1", "slack:command:T1"), NewPlan("plan-1"), AliceAdmission(), Cancel);

        Assert.Equal(new Admission(AdmissionOutcome.OverBudget, -1), refused);
        Assert.Null(await Store.Plans.FindAsync("plan-1", Cancel));
        Assert.Equal(0, await Store.Jobs.CountOutstandingAsync(Cancel));
    }

    [Fact]
    public async Task RehearseAdmissionAsync_StartUpWarmUp_KeepsNothingSoTheSameCommandIsAdmittedAfterwards()
    {
        await Store.JobQueue.RehearseAdmissionAsync(NewJob("job-1", "plan-1", "slack:command:T1"), NewPlan("plan-1"), AliceAdmission(), Cancel);

        Assert.Null(await Store.Plans.FindAsync("plan-1", Cancel));
        Assert.Null(await Store.Jobs.GetStatusAsync("job-1", Cancel));
        var admitted = await Store.Jobs.AdmitAsync(NewJob("job-1", "plan-1", "slack:command:T1"), NewPlan("plan-1"), AliceAdmission(), Cancel);
        Assert.Equal(new Admission(AdmissionOutcome.Recorded, 0), admitted);
    }
}
