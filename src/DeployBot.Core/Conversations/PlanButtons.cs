using System.Globalization;
using DeployBot.Core.Environments;
using DeployBot.Core.Jobs;
using DeployBot.Core.Platforms;
using DeployBot.Core.Policy;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Conversations;

/// <summary>
/// The buttons on a posted plan: regenerate it, acknowledge it (the first press wins), or ask for its rollback plan. Presses count only from the
/// platform the plan was posted on.
/// </summary>
internal sealed class PlanButtons(
    IPlanStore plans,
    IAuditLog audit,
    EnvironmentCatalog catalog,
    PlanActionPolicy policy,
    ModelBudget budget,
    JobSubmitter jobs,
    RollbackRequests rollbacks,
    TimeProvider time)
{
    public async Task<EngineReply> PressAsync(ButtonPressed press, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(press);
        var plan = await plans.FindAsync(press.PlanId, cancellationToken);
        if (plan is null)
        {
            return new Refused($"I can't find plan {press.PlanId}; it may have been removed. Run /deploy-plan for a new one.");
        }

        if (!string.Equals(plan.Requester.Platform, press.Presser.Platform, StringComparison.Ordinal))
        {
            // A plan's buttons live in its own platform's message: a press from anywhere else names a plan it never saw.
            return new Refused($"Plan {press.PlanId} was posted on another platform; its buttons work only there.");
        }

        if (press.Button == PlanButton.Rollback)
        {
            // Reading the rollback plan changes nothing: anyone who sees the plan may ask for it (RollbackRequests).
            return await rollbacks.FromButtonAsync(plan, press, cancellationToken);
        }

        if (await CheckAsync(plan, press, cancellationToken) is { } refusal)
        {
            return new Refused(refusal);
        }

        return press.Button switch
        {
            PlanButton.Regenerate => await RegenerateAsync(plan, press, cancellationToken),
            PlanButton.Acknowledge => await AcknowledgeAsync(plan, press, cancellationToken),
            _ => new Refused($"Unknown button {press.Button}."),
        };
    }

    /// <summary>Who may press which button (<see cref="PlanActionPolicy"/>); an environment no longer configured allows nobody.</summary>
    private async Task<string?> CheckAsync(PlanRecord plan, ButtonPressed press, CancellationToken cancellationToken)
    {
        if (catalog.Find(plan.Request.Environment) is not { } environment)
        {
            return $"The {plan.Request.Environment} environment is no longer configured, so this plan's buttons do nothing.";
        }

        return press.Button == PlanButton.Acknowledge
            ? await policy.CheckAcknowledgeAsync(plan, environment, press.Presser, cancellationToken)
            : await policy.CheckRegenerateAsync(plan, environment, press.Presser, cancellationToken);
    }

    private async Task<EngineReply> RegenerateAsync(PlanRecord plan, ButtonPressed press, CancellationToken cancellationToken)
    {
        if (await budget.SpendAsync(press.Presser, cancellationToken) is { } overBudget)
        {
            return new Refused(overBudget);
        }

        var submitted = await jobs.SubmitAsync(
            JobKind.RegeneratePlan, plan.PlanId, new RegeneratePlanPayload(press.Presser), press.DeliveryId, plan: null, cancellationToken);
        return submitted
            ? new Accepted(plan.PlanId, "Regenerating the plan; the new version will replace this one.")
            : new Ignored("This press was already handled (repeated delivery).");
    }

    private async Task<EngineReply> AcknowledgeAsync(PlanRecord plan, ButtonPressed press, CancellationToken cancellationToken)
    {
        // Stores keep milliseconds; comparing at that precision tells "my press won" from "someone else's stands".
        var now = time.GetUtcNow();
        var mine = new Acknowledgement(press.Presser.UserId, press.Presser.UserName, now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond)));
        var standing = await plans.AcknowledgeAsync(plan.PlanId, mine, cancellationToken);
        if (standing.UserId != mine.UserId || standing.At.ToUnixTimeMilliseconds() != mine.At.ToUnixTimeMilliseconds())
        {
            var when = standing.At.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture);
            return new Accepted(plan.PlanId, $"Already acknowledged by {Name(standing)} at {when} UTC.");
        }

        await audit.RecordAsync(
            new AuditEntry(plan.PlanId, "acknowledged", $"{press.Presser.Platform}:{press.Presser.UserId}", JobJson.Write(new { mine.UserId, mine.UserName }), mine.At),
            cancellationToken);

        // One refresh per plan: only the standing acknowledgement needs showing, however often the button is pressed.
        await jobs.SubmitAsync(
            JobKind.RefreshPost, plan.PlanId, new RefreshPostPayload(press.Presser), $"acknowledged:{plan.PlanId}", plan: null, cancellationToken);
        return new Accepted(plan.PlanId, $"Acknowledged by {Name(mine)}.");
    }

    private static string Name(Acknowledgement acknowledgement) => "@" + (acknowledgement.UserName ?? acknowledgement.UserId);
}
