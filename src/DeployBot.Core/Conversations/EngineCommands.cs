using DeployBot.Core.Requests;

namespace DeployBot.Core.Conversations;

/// <summary><c>/deploy-plan &lt;arguments&gt;</c> typed by someone. <paramref name="DeliveryId"/> dedupes platform retries.</summary>
public sealed record StartRequest(Requester Requester, string ArgumentText, string? DeliveryId = null);

/// <summary>The parameter form submitted. Values are keyed by field; absent or blank means empty.</summary>
public sealed record SubmitForm(Requester Requester, string FormId, IReadOnlyDictionary<RequestField, string?> Values, string? DeliveryId = null);

/// <summary>A message posted in a thread the bot may own: a question, or new arguments for a revision.</summary>
public sealed record ThreadMessage(ThreadRef Thread, Requester Author, string Text, string DeliveryId);

/// <summary>A button on a posted plan.</summary>
public sealed record ButtonPressed(string PlanId, PlanButton Button, Requester Presser, string? DeliveryId = null);

public enum PlanButton
{
    Regenerate,
    Acknowledge,

    /// <summary>Post the detailed rollback plan in the plan's thread.</summary>
    Rollback,
}
