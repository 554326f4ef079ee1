namespace DeployBot.Core.Environments;

/// <summary>How careful plans and conversations for an environment are.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
