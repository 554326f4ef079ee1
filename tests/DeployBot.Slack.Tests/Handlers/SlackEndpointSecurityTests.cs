using System.Net;
using System.Text;
using DeployBot.Slack.Security;
using DeployBot.Slack.Tests.Support;
using NSubstitute;

namespace DeployBot.Slack.Tests.Handlers;

public sealed class SlackEndpointSecurityTests
{
    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactivity")]
    [InlineData("/slack/events")]
    public async Task Post_WrongSignature_Answers401AndNothingReachesEngineOrSlack(string path)
    {
        await using var app = await SlackTestApp.StartAsync();

        var response = await app.PostFormAsync(path, SlackBodies.Command("NOTES=x ENVIRONMENT=prod", app.Slack.NewResponseUrl()), request =>
        {
            request.Headers.Remove(SlackSignatureVerifier.SignatureHeader);
            request.Headers.Add(SlackSignatureVerifier.SignatureHeader, "v0=" + new string('0', 64));
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Engine.ReceivedCalls());
        Assert.Empty(app.Slack.Calls);
    }

    [Fact]
    public async Task Post_SignedTenMinutesAgo_Answers401()
    {
        await using var app = await SlackTestApp.StartAsync();
        var body = Payloads.Text("url-verification-docs.json");
        var old = (TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() - 600).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await app.PostJsonAsync("/slack/events", body, request =>
        {
            request.Headers.Remove(SlackSignatureVerifier.TimestampHeader);
            request.Headers.Remove(SlackSignatureVerifier.SignatureHeader);
            request.Headers.Add(SlackSignatureVerifier.TimestampHeader, old);
            request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Compute(SlackTestApp.SigningSecret, old, Encoding.UTF8.GetBytes(body)));
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnsignedUrlVerification_Answers401()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var content = new StringContent(Payloads.Text("url-verification-docs.json"), Encoding.UTF8, "application/json");

        var response = await app.Client.PostAsync("/slack/events", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactivity")]
    [InlineData("/slack/events")]
    public async Task Post_SlackNotConfigured_Answers404(string path)
    {
        await using var app = await SlackTestApp.StartAsync(configureSlack: false);

        var response = await app.PostFormAsync(path, "token=x&ssl_check=1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedButNotAnEventBody_Answers400WithTheReason()
    {
        await using var app = await SlackTestApp.StartAsync();

        var response = await app.PostJsonAsync("/slack/events", "[1,2,3]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Events API JSON", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
