namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>The environments every engine test runs with, as configuration keys (the way appsettings.json gives them).</summary>
internal static class TestEnvironments
{
    public const string ProductionChannel = "C-PROD-REL";
    public const string StagingChannel = "C-STG-REL";

    public static Dictionary<string, string?> Settings { get; } = new()
    {
        ["Environments:production:Aliases:0"] = "prod",
        ["Environments:production:Risk"] = "High",
        ["Environments:production:RequireWindow"] = "true",
        ["Environments:production:ReleaseChannel:Slack"] = ProductionChannel,
        ["Environments:production:OnCall:Slack"] = "U-ONCALL",
        ["Environments:production:OnCall:Name"] = "Olga Oncall",
        ["Environments:staging:Risk"] = "Low",
        ["Environments:staging:ReleaseChannel:Slack"] = StagingChannel,
        ["Environments:staging:ReleaseChannel:Teams"] = "19:staging@thread.tacv2",
        ["Environments:staging:OnCall:Slack"] = "U-STG",
        ["Environments:vault:Risk"] = "High",
        ["Environments:vault:ReleaseChannel:Slack"] = "C-VAULT",
        ["Environments:vault:AllowedUsers:0"] = "U-BOSS",
    };
}
