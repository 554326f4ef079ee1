using DeployBot.Core.Environments;
using DeployBot.Core.Jobs;
using DeployBot.Core.Platforms;
using DeployBot.Core.Policy;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Conversations;

/// <summary>Applies the policy to a complete request and, when it passes, records the plan and its generation job.</summary>
internal sealed class PlanRequestAcceptor(
    JobSubmitter jobs, PlanRateLimit rateLimit, ModelBudget budget, IEnumerable<IChatPlatform> platforms, TimeProvider time)
{
    /// <summary>The checks that need only the environment: who may ask, and whether there is somewhere to post.</summary>
    public static string? CheckEnvironment(DeploymentEnvironment environment, Requester requester) =>
        RequesterPolicy.Check(environment, requester)
        ?? (ReleaseChannels.Find(environment, requester.Platform) is null ? ReleaseChannels.Missing(environment, requester.Platform) : null);

    /// <summary>Every policy check; null when the request may go ahead, otherwise the refusal.</summary>
    /// The model budget is spent last, only by a request every other check let through.
    public async Task<string?> CheckAsync(DeploymentEnvironment environment, Requester requester, CancellationToken cancellationToken) =>
        CheckEnvironment(environment, requester)
        ?? await rateLimit.CheckAsync(requester, cancellationToken)
        ?? await budget.SpendAsync(requester, cancellationToken);

    /// <summary>Records the plan and its job. Call after <see cref="CheckAsync"/> passed.</summary>
    public async Task<EngineReply> AcceptAsync(
        DeploymentRequest request, DeploymentEnvironment environment, Requester requester, string? deliveryId, CancellationToken cancellationToken)
    {
        var channel = ReleaseChannels.Find(environment, requester.Platform)
            ?? throw new InvalidOperationException("The release channel is checked before a request is accepted.");
        var planId = Ids.NewPlanId(time.GetUtcNow());
        var plan = new PlanRecord(planId, request, requester, time.GetUtcNow());
        var payload = new GeneratePlanPayload(requester, null, channel);
        if (!await jobs.SubmitAsync(JobKind.GeneratePlan, planId, payload, deliveryId, plan, cancellationToken))
        {
            return new Ignored("This request was already accepted (repeated delivery).");
        }

        return new Accepted(planId, EngineText.Drafting(environment.Name, DescribeChannel(requester.Platform, channel)));
    }

    /// <summary>
    /// The slash command's path: the checks that need no store, then the plan and job recorded in one write that also
    /// counts the rate limit and takes a model-budget key (<see cref="PlanAdmission"/>), so the acknowledgement waits
    /// for one commit. A form's submission keeps <see cref="CheckAsync"/> first, so a refusal leaves its form usable.
    /// </summary>
    public async Task<EngineReply> AdmitAsync(
        DeploymentRequest request, DeploymentEnvironment environment, Requester requester, string? deliveryId, CancellationToken cancellationToken)
    {
        if (CheckEnvironment(environment, requester) is { } refusal)
        {
            return new Refused(refusal);
        }

        var channel = ReleaseChannels.Find(environment, requester.Platform)
            ?? throw new InvalidOperationException("The release channel is checked before a request is accepted.");
        var now = time.GetUtcNow();
        var planId = Ids.NewPlanId(now);
        var (since, plansPerUser) = rateLimit.Window();
        var slots = budget.Slots(requester);
        var admission = new PlanAdmission(requester.Platform, requester.UserId, since, plansPerUser, slots.Keys, slots.KeepFor);
        var payload = new GeneratePlanPayload(requester, null, channel);
        var admitted = await jobs.AdmitAsync(planId, payload, deliveryId, new PlanRecord(planId, request, requester, now), admission, cancellationToken);
        switch (admitted.Outcome)
        {
            case AdmissionOutcome.Recorded:
                budget.Taken(slots, admitted.BudgetKeyTaken);
                return new Accepted(planId, EngineText.Drafting(environment.Name, DescribeChannel(requester.Platform, channel)));
            case AdmissionOutcome.Duplicate:
                return new Ignored("This request was already accepted (repeated delivery).");
            case AdmissionOutcome.RateLimited:
                return new Refused(await rateLimit.RefusalAsync(requester, cancellationToken));
            default:
                return new Refused(budget.Refusal());
        }
    }

    private string DescribeChannel(string platform, string channel) =>
        platforms.FirstOrDefault(p => p.Name == platform)?.DescribeChannel(channel) ?? "#" + channel;
}
