namespace DeployBot.Core.Conversations;

/// <summary>
/// Steps ticked or unticked in a posted plan's checklist. <paramref name="Version"/> is the plan version the person saw
/// and <paramref name="Changes"/> what they changed there (adapters compare what was shown with what came back).
/// </summary>
public sealed record StepsTicked(string PlanId, int Version, IReadOnlyList<StepChange> Changes, Requester Presser, string? DeliveryId = null);

/// <summary>Step <paramref name="Step"/> (1-based, as numbered in Deployment Steps) is now done, or no longer done.</summary>
public sealed record StepChange(int Step, bool Done);
