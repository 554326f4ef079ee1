using System.Net;
using System.Text;
using DeployBot.Slack.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeployBot.Slack.Tests.Security;

/// <summary>Issue 19 item 8 for Slack: the bot token never goes over plain http to another host, and answers are read with a cap.</summary>
public sealed class OutboundLimitsTests
{
    [Theory]
    [InlineData("http://slack.internal.example/api/", false)]
    [InlineData("http://127.0.0.1:5000/api/", true)]
    [InlineData("https://slack.com/api/", true)]
    public void Validate_PlainHttpApiBaseToAnotherHost_Fails(string baseUrl, bool valid)
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1", ApiBaseUrl = baseUrl });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public async Task AuthTest_AnswerLargerThanTheCap_IsNotRead()
    {
        var huge = "{\"ok\":true,\"user_id\":\"U1\",\"padding\":\"" + new string('x', 6 * 1024 * 1024) + "\"}";
        using var services = CreateServices(new StubHandler(huge));
        var client = services.GetRequiredService<SlackApiClient>();

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.AuthTestAsync(TestContext.Current.CancellationToken));
    }

    private static ServiceProvider CreateServices(HttpMessageHandler primary)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:ApiBaseUrl"] = "https://slack.example/api/", ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = "s" });
        builder.AddSlackChannel();
        builder.Services.AddHttpClient<SlackApiClient>().ConfigurePrimaryHttpMessageHandler(() => primary);
        return builder.Services.BuildServiceProvider();
    }

    private sealed class StubHandler(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
