using DeployBot.Core.Environments;

namespace DeployBot.Core.Plans.Rollbacks;

/// <summary>
/// The plan's <b>Rollback plan</b> button and when it is highlighted: for a high-risk environment, or a high-risk
/// release (a destructive item, a larger migration, or a breaking change).
/// </summary>
public static class RollbackOffer
{
    public const string ButtonLabel = "Rollback plan";

    public static bool IsHighRisk(RiskLevel environmentRisk, DeploymentPlan? plan) =>
        environmentRisk == RiskLevel.High
        || (plan is not null
            && (plan.ReleaseKind == ReleaseKind.Migration || plan.Items.Any(item => item.Destructive) || plan.Risks.Contains(RiskArea.Breaking)));
}
