using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeployBot.Slack.Tests;

public sealed class SlackOptionsTests
{
    [Theory]
    [InlineData("secret", null)]
    [InlineData(null, "xoxb-1")]
    public void Validate_OnlyOneCredential_FailsNamingBoth(string? secret, string? token)
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { SigningSecret = secret, BotToken = token });

        Assert.True(result.Failed);
        Assert.Contains("Slack:SigningSecret and Slack:BotToken", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "https://slack.com/api/")]
    [InlineData("secret", "xoxb-1", "http://127.0.0.1:5000/api/")]
    public void Validate_BothOrNeitherWithAbsoluteUrl_Succeeds(string? secret, string? token, string baseUrl)
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { SigningSecret = secret, BotToken = token, ApiBaseUrl = baseUrl });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_RelativeApiBaseUrl_Fails()
    {
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions { ApiBaseUrl = "slack/api" }).Failed);
    }

    [Fact]
    public async Task AddSlackChannel_TokenWithoutSigningSecret_StopsTheHostAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1" });
        builder.AddSlackChannel();
        builder.Services.AddSingleton(NSubstitute.Substitute.For<DeployBot.Core.Storage.IDeliveryDeduplicator>());
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }
}
