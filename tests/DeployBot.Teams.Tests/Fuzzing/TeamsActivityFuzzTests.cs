using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using DeployBot.Core.Conversations;
using DeployBot.Teams.Tests.Infrastructure;
using DeployBot.Testing.Fuzzing;
using NSubstitute;

namespace DeployBot.Teams.Tests.Fuzzing;

/// <summary>
/// Fuzzing of the Teams activity decoder and dispatcher through the real <c>/api/messages</c> endpoint: the real
/// activity fixtures (Payloads/) mutated and posted, in emulator mode (every body reaches the decoder) and with a valid
/// token. Whatever the body, the answer is 2xx or a clear 4xx, never a 5xx.
/// </summary>
public sealed class TeamsActivityFuzzTests
{
    private const int Iterations = 300;

    public static TheoryData<string> Fixtures => ["card-submit.json", "channel-mention.json", "conversation-update.json", "personal-message.json", "thread-reply.json"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Activities_MutatedInEmulatorMode_AnswerWithoutServerError(string fixture)
    {
        await using var bot = await StartAsync(emulatorMode: true);
        var original = bot.Payload(fixture);
        var tally = new ConcurrentDictionary<int, int>();

        await FuzzInputs.JsonMutations.SampleAsync(
            async mutations =>
            {
                var json = JsonMutator.Apply(original, mutations);
                using var response = await PostRawAsync(bot, json, token: null);
                await AssertClearAsync(response, json, tally);
            },
            iter: Iterations,
            threads: 2,
            print: FuzzInputs.Describe);

        AssertBothPathsReached(tally);
    }

    [Fact]
    public async Task Activities_MutatedWithValidToken_AnswerWithoutServerError()
    {
        await using var bot = await StartAsync(emulatorMode: false);
        var original = bot.Payload("channel-mention.json");
        // The token names the fixture's serviceUrl; a mutation that changes it must get a 401, which is a clear 4xx too.
        var token = bot.Issuer.MintToken(bot.Connector.ServiceUrl);
        var tally = new ConcurrentDictionary<int, int>();

        await FuzzInputs.JsonMutations.SampleAsync(
            async mutations =>
            {
                var json = JsonMutator.Apply(original, mutations);
                using var response = await PostRawAsync(bot, json, token);
                await AssertClearAsync(response, json, tally);
            },
            iter: Iterations,
            threads: 2,
            print: FuzzInputs.Describe);

        AssertBothPathsReached(tally);
    }

    private static async Task<TeamsBot> StartAsync(bool emulatorMode)
    {
        var bot = await TeamsBot.StartAsync(emulatorMode, cancellationToken: TestContext.Current.CancellationToken);
        // The engine answers as the real one can, so the adapter's rendering of each answer runs too.
        bot.Engine.StartAsync(default!, default).ReturnsForAnyArgs(new AskForParameters(EngineReplies.Form()));
        bot.Engine.SubmitFormAsync(default!, default).ReturnsForAnyArgs(new Accepted("plan-1", "Drafting the production plan."));
        bot.Engine.HandleThreadMessageAsync(default!, default).ReturnsForAnyArgs(new Refused("I only answer in plan threads."));
        bot.Engine.PressButtonAsync(default!, default).ReturnsForAnyArgs(new Ignored("fuzz"));
        return bot;
    }

    private static async Task<HttpResponseMessage> PostRawAsync(TeamsBot bot, string json, string? token)
    {
        using var client = new HttpClient { BaseAddress = new Uri(bot.App.Urls.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task AssertClearAsync(HttpResponseMessage response, string input, ConcurrentDictionary<int, int> tally)
    {
        var status = (int)response.StatusCode;
        tally.AddOrUpdate(status, 1, (_, n) => n + 1);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var shown = input.Length > 1500 ? input[..1500] + $"… ({input.Length} chars)" : input;
        Assert.True(status < 500, $"HTTP {status} for activity: {shown}\nbody: {body}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.False(string.IsNullOrWhiteSpace(body), $"a 400 without a message for activity: {shown}");
        }
    }

    private static void AssertBothPathsReached(ConcurrentDictionary<int, int> tally)
    {
        var seen = string.Join(", ", tally.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"));
        Assert.True(tally.Keys.Any(s => s is >= 200 and < 300), $"no mutated activity reached the dispatcher: {seen}");
        Assert.True(tally.Keys.Any(s => s is >= 400 and < 500), $"no mutated activity was refused: {seen}");
    }
}
