namespace DeployBot.Host.Tests.Infra;

/// <summary>The key checker the infra tests rely on tells real keys from typos (so those tests cannot pass vacuously).</summary>
public sealed class ConfigurationKeysTests
{
    [Theory]
    [InlineData("Storage__ConnectionString")]
    [InlineData("Model:AttemptTimeoutSeconds")]
    [InlineData("Environments__production__ReleaseChannel__Teams")]
    [InlineData("Environments:staging:Aliases:0")]
    [InlineData("PagerDuty__ApiToken")]
    [InlineData("Telemetry:Prometheus")]
    [InlineData("ASPNETCORE_URLS")]
    public void Problem_KeyTheHostReads_IsNull(string key) => Assert.Null(ConfigurationKeys.Problem(key));

    [Theory]
    [InlineData("Model__ApiKeyy")]
    [InlineData("Slack:Token")]
    [InlineData("Environments:production:ReleaseChannel:Slak")]
    [InlineData("Databse:ConnectionString")]
    public void Problem_Typo_NamesTheKey(string key) => Assert.Contains(key, ConfigurationKeys.Problem(key), StringComparison.Ordinal);
}
