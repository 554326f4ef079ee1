namespace DeployBot.Teams.Tests;

public sealed class TeamsOptionsValidatorTests
{
    [Fact]
    public void Validate_AppIdWithoutPassword_FailsNamingTheSetting()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = "00000000-0000-0000-0000-0000000000a1" });

        Assert.True(result.Failed);
        Assert.Contains("Teams:AppPassword is empty", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NothingSet_IsEmulatorModeAndValid()
    {
        var options = new TeamsOptions();

        Assert.True(new TeamsOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.IsEmulatorMode);
    }

    [Theory]
    [InlineData("http://login.example.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration", true)]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    public void Validate_MetadataUrl_RequiresHttpsExceptOnLoopback(string url, bool valid)
    {
        var options = new TeamsOptions { AppId = "a", AppPassword = "p", OpenIdMetadataUrl = url };

        Assert.Equal(valid, new TeamsOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void EffectiveTokenEndpoint_SingleTenant_UsesTheTenant()
    {
        var options = new TeamsOptions { TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47" };

        Assert.Equal("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token", options.EffectiveTokenEndpoint.ToString());
    }
}
