using System.Net.Http.Headers;
using System.Text;
using DeployBot.Slack.Security;
using DeployBot.Testing.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Slack.Tests.Support;

/// <summary>
/// The Slack adapter over HTTP (<see cref="SlackAdapterApp"/>) pointed at the fake Slack API by a signing secret and bot
/// token. Requests are signed for real.
/// </summary>
internal sealed class SlackTestApp : SlackAdapterApp
{
    public const string SigningSecret = "test-signing-secret-0123456789";

    private SlackTestApp(Started started)
        : base(started)
    {
    }

    public static async Task<SlackTestApp> StartAsync(bool configureSlack = true, TimeProvider? time = null)
    {
        var slack = await FakeSlackApi.StartAsync();
        return new SlackTestApp(await StartAppAsync(slack, beforeSlack: builder =>
        {
            if (configureSlack)
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Slack:SigningSecret"] = SigningSecret,
                    ["Slack:BotToken"] = slack.BotToken,
                    ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
                });
            }

            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }
        }));
    }

    public T Get<T>()
        where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>POSTs a body signed now with the test secret, as Slack would.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, Action<HttpRequestMessage>? tweak = null)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Compute(SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        tweak?.Invoke(request);
        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, string body, Action<HttpRequestMessage>? tweak = null) =>
        PostSignedAsync(path, body, "application/x-www-form-urlencoded", tweak);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string body, Action<HttpRequestMessage>? tweak = null) =>
        PostSignedAsync(path, body, "application/json", tweak);
}
