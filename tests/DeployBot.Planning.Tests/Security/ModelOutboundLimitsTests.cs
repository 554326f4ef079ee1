using System.Net;
using DeployBot.Planning.Model;
using DeployBot.Planning.Resilience;

namespace DeployBot.Planning.Tests.Security;

/// <summary>Issue 19 item 8 for the model: the API key never goes over plain http to another host, and answers are read with a cap.</summary>
public sealed class ModelOutboundLimitsTests
{
    [Theory]
    [InlineData("http://models.internal.example/v1", "sk-1", false)]
    [InlineData("http://localhost:11434/v1", "sk-1", true)]
    [InlineData("http://models.internal.example/v1", null, true)]
    [InlineData("https://models.example/v1", "sk-1", true)]
    public void Validate_PlainHttpEndpointToAnotherHostWithAKey_Fails(string endpoint, string? apiKey, bool valid)
    {
        var options = new ModelOptions { Provider = "OpenAICompatible", Endpoint = endpoint, ApiKey = apiKey, ModelId = "llama" };

        var result = new ModelOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public async Task Send_StreamedAnswerLargerThanTheCap_FailsWhileReading()
    {
        using var invoker = new HttpMessageInvoker(new ResponseSizeLimitHandler(1024) { InnerHandler = new Chunked(64 * 1024) });
        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Post, "https://models.example/v1/chat/completions"), TestContext.Current.CancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<HttpRequestException>(() => stream.CopyToAsync(Stream.Null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Send_DeclaredLengthLargerThanTheCap_IsRefusedUnread()
    {
        using var invoker = new HttpMessageInvoker(new ResponseSizeLimitHandler(1024) { InnerHandler = new Declared(4096) });

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            invoker.SendAsync(new HttpRequestMessage(HttpMethod.Post, "https://models.example/v1/chat/completions"), TestContext.Current.CancellationToken));
    }

    private sealed class Chunked(int size) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(new byte[size]));
            content.Headers.ContentLength = null; // as a chunked answer: no declared length
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    private sealed class Declared(int size) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[size]) });
    }
}
