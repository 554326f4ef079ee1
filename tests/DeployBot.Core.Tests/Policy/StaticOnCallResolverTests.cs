using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;

namespace DeployBot.Core.Tests.Policy;

public sealed class StaticOnCallResolverTests
{
    private static readonly DeploymentEnvironment Production = new("production", new EnvironmentOptions
    {
        OnCall = new OnCallOptions { Slack = "S-SRE", Name = "SRE rota", Teams = new TeamsOnCallOptions { Id = "29:oncall", Name = "Omar" } },
    });

    [Theory]
    [InlineData("slack", "S-SRE", "SRE rota")]
    [InlineData("teams", "29:oncall", "Omar")]
    [InlineData("console", null, "SRE rota")]
    public async Task ResolveAsync_ConfiguredEnvironment_GivesThePlatformsMention(string platform, string? mention, string name)
    {
        var target = await new StaticOnCallResolver().ResolveAsync(Production, platform, null, TestContext.Current.CancellationToken);

        Assert.Equal(mention, target.MentionId);
        Assert.Equal(name, target.DisplayName);
        Assert.Equal("static configuration", target.Source);
    }

    [Fact]
    public async Task ResolveAsync_NothingConfigured_SaysWhichKeyToSet()
    {
        var staging = new DeploymentEnvironment("staging", new EnvironmentOptions());

        var target = await new StaticOnCallResolver().ResolveAsync(staging, "slack", null, TestContext.Current.CancellationToken);

        Assert.Null(target.MentionId);
        Assert.Equal("no on-call is configured for staging; set Environments:staging:OnCall:Slack", target.Note);
    }
}
