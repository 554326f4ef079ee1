using DeployBot.Core.Environments;
using DeployBot.Core.Jobs;
using DeployBot.Core.Platforms;
using DeployBot.Core.Policy;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Conversations;

/// <summary>
/// Ticking the posted plan's Deployment Steps off (and back on). Modelled on the acknowledgement: only the plan's own
/// platform, only people who may ask for plans in its environment, each change stored once (the first of two people
/// ticking at once stands), audited, and shown by re-rendering the plan message in the background.
/// </summary>
internal sealed class ChecklistTicks(
    IPlanStore plans, IChecklistStore checklists, IAuditLog audit, EnvironmentCatalog catalog, JobSubmitter jobs, TimeProvider time)
{
    public async Task<EngineReply> TickAsync(StepsTicked ticked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticked);
        if (ticked.Changes.Count == 0)
        {
            return new Ignored("Nothing was ticked or unticked.");
        }

        var target = await FindTargetAsync(ticked, cancellationToken);
        if (target.Refusal is not null)
        {
            return new Refused(target.Refusal);
        }

        var changes = ticked.Changes.GroupBy(change => change.Step).Select(group => group.Last()).ToArray();
        if (changes.FirstOrDefault(change => change.Step < 1 || change.Step > target.StepCount) is { } wrong)
        {
            return new Refused($"Version {ticked.Version} of plan {ticked.PlanId} has steps 1 to {target.StepCount}; there is no step {wrong.Step}, so nothing changed.");
        }

        return await ApplyAsync(ticked, changes, target.StepCount, cancellationToken);
    }

    /// <summary>The posted version's step count, or why this person may not tick this checklist.</summary>
    private async Task<(int StepCount, string? Refusal)> FindTargetAsync(StepsTicked ticked, CancellationToken cancellationToken)
    {
        var plan = await plans.FindAsync(ticked.PlanId, cancellationToken);
        if (plan is null)
        {
            return (0, $"I can't find plan {ticked.PlanId}; it may have been removed, so nothing was ticked.");
        }

        if (!string.Equals(plan.Requester.Platform, ticked.Presser.Platform, StringComparison.Ordinal))
        {
            return (0, $"Plan {ticked.PlanId} was posted on another platform; its checklist works only there.");
        }

        if (catalog.Find(plan.Request.Environment) is not { } environment)
        {
            return (0, $"The {plan.Request.Environment} environment is no longer configured, so this plan's checklist does nothing.");
        }

        if (RequesterPolicy.CheckUser(environment, ticked.Presser) is not null)
        {
            return (0, $"Only people who may request {environment.Name} plans can tick off its steps, so nothing changed. "
                + $"Ask someone on Environments:{environment.Name}:AllowedUsers, or an admin to add you.");
        }

        // The message shows a version a moment before the generation job records where it stands: the latest version it is.
        var posting = await plans.GetPostingAsync(plan.PlanId, plan.Requester.Platform, cancellationToken);
        var current = posting?.Version ?? (await plans.GetLatestVersionAsync(plan.PlanId, cancellationToken))?.Version;
        if (current is null || await plans.GetVersionAsync(plan.PlanId, current.Value, cancellationToken) is not { } shown)
        {
            return (0, $"Plan {ticked.PlanId} is not posted yet; its steps can be ticked once it is.");
        }

        return current == ticked.Version
            ? (shown.Plan.Steps.Count, null)
            : (0, $"That checklist belongs to version {ticked.Version}; the plan is now version {current}, which starts its own checklist. Nothing changed: tick the steps on the current plan.");
    }

    private async Task<EngineReply> ApplyAsync(StepsTicked ticked, IReadOnlyList<StepChange> changes, int stepCount, CancellationToken cancellationToken)
    {
        // Stores keep milliseconds, like the acknowledgement: what is written is what is read back.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        var presser = ticked.Presser;
        var written = new List<StepTick>();
        var standing = new List<StepTick?>();
        foreach (var change in changes)
        {
            var tick = new StepTick(change.Step, change.Done, presser.UserId, presser.UserName, now);
            var result = await checklists.SetAsync(ticked.PlanId, ticked.Version, tick, cancellationToken);
            if (result.Written)
            {
                written.Add(tick);
                await AuditAsync(ticked, tick, cancellationToken);
            }
            else
            {
                standing.Add(result.Standing);
            }
        }

        if (written.Count == 0)
        {
            return new Ignored(ChecklistText.AlreadySo(changes, standing));
        }

        // One refresh per stored change: a repeated delivery of the same tick stores nothing and refreshes nothing.
        var key = $"checklist:{ticked.PlanId}:{ticked.Version}:{string.Join(',', written.Select(ChecklistText.Key))}:{now.ToUnixTimeMilliseconds()}";
        await jobs.SubmitAsync(JobKind.RefreshPost, ticked.PlanId, new RefreshPostPayload(presser), key, plan: null, cancellationToken);
        var all = await checklists.GetAsync(ticked.PlanId, ticked.Version, cancellationToken);
        return new Accepted(ticked.PlanId, ChecklistText.Changed(written, new PlanChecklist(ticked.Version, stepCount, all)));
    }

    private Task AuditAsync(StepsTicked ticked, StepTick tick, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditEntry(
                ticked.PlanId,
                tick.Done ? "step-ticked" : "step-unticked",
                PlanJobContext.Actor(ticked.Presser),
                JobJson.Write(new { version = ticked.Version, step = tick.Step, tick.UserId, tick.UserName }),
                tick.At),
            cancellationToken);
}
