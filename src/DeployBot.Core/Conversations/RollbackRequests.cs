using System.Text.RegularExpressions;
using DeployBot.Core.Jobs;
using DeployBot.Core.Policy;
using DeployBot.Core.Storage;
using DeployBot.Core.Text;

namespace DeployBot.Core.Conversations;

/// <summary>
/// <c>rollback</c> in a plan's thread, or the plan's Rollback plan button: records the job that writes the detailed
/// rollback plan of the current version and posts it in the plan's thread, and answers at once. Reading a rollback
/// plan changes nothing, so anyone who sees the plan may ask; it may reach the model, so it spends the model budget.
/// </summary>
internal sealed partial class RollbackRequests(IPlanStore plans, ModelBudget budget, JobSubmitter jobs)
{
    public const string StillDrafting = "The plan is still being drafted; ask for its rollback plan once it is posted.";

    /// <summary>True for a thread message that asks for the rollback plan ("rollback", "Rollback plan", "roll back?").</summary>
    public static bool IsRollbackRequest(string text) => RollbackWords().IsMatch(text);

    public Task<EngineReply> FromThreadAsync(string planId, ThreadMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SubmitAsync(planId, message.Author, message.Thread, message.DeliveryId, "in this thread", cancellationToken);
    }

    /// <summary>The button: the rollback plan goes in the thread of the plan's message on the presser's platform.</summary>
    public async Task<EngineReply> FromButtonAsync(PlanRecord plan, ButtonPressed press, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(press);
        var posting = await plans.GetPostingAsync(plan.PlanId, press.Presser.Platform, cancellationToken);
        if (posting is null)
        {
            return new Refused(StillDrafting);
        }

        var thread = new ThreadRef(press.Presser.Platform, posting.Message.ChannelId, posting.Message.MessageId);
        return await SubmitAsync(plan.PlanId, press.Presser, thread, press.DeliveryId, "in the plan's thread", cancellationToken);
    }

    private async Task<EngineReply> SubmitAsync(
        string planId, Requester author, ThreadRef thread, string? deliveryId, string where, CancellationToken cancellationToken)
    {
        var latest = await plans.GetLatestVersionAsync(planId, cancellationToken);
        if (latest is null)
        {
            return new Refused(StillDrafting);
        }

        if (await budget.SpendAsync(author, cancellationToken) is { } overBudget)
        {
            return new Refused(overBudget);
        }

        var payload = new RollbackPlanPayload(author, thread, latest.Version);
        return await jobs.SubmitAsync(JobKind.RollbackPlan, planId, payload, deliveryId, plan: null, cancellationToken)
            ? new Accepted(planId, $"Writing the detailed rollback plan for version {latest.Version}; it will be posted {where} shortly.")
            : new Ignored("This request was already handled (repeated delivery).");
    }

    [GeneratedRegex(@"^\s*(?:the\s+|a\s+)?(?:detailed\s+)?(?:rollback|roll[\s-]back)(?:\s+plan)?\s*[.!?]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RollbackWords();
}
