using System.Collections.Concurrent;
using CsCheck;
using DeployBot.Core.Conversations;
using DeployBot.Slack.Tests.Support;
using DeployBot.Testing.Fuzzing;
using NSubstitute;

namespace DeployBot.Slack.Tests.Fuzzing;

/// <summary>
/// Fuzzing of every Slack decoder through the real endpoints: the real payload fixtures (Payloads/) mutated, signed
/// properly and posted. Whatever the body, DeployBot answers 2xx or a clear 4xx; no exception reaches the client as a 500.
/// </summary>
public sealed class SlackDecoderFuzzTests : IAsyncLifetime
{
    private const int Iterations = 300;
    private SlackTestApp _app = null!;

    public static TheoryData<string> Interactions => ["block-actions-docs-example.json", "block-actions-in-thread.json", "view-submission-java-sdk.json"];

    public static TheoryData<string> Events => ["event-app-mention-python-sdk.json", "event-callback-slack-go.json", "event-message-python-sdk.json", "url-verification-docs.json"];

    public async ValueTask InitializeAsync()
    {
        _app = await SlackTestApp.StartAsync();
        // The engine answers as the real one can: a refusal with a message (the adapter's rendering runs too).
        _app.Engine.StartAsync(default!, default).ReturnsForAnyArgs(new Refused("Not now."));
        _app.Engine.SubmitFormAsync(default!, default).ReturnsForAnyArgs(new Accepted("plan-1", "Drafting."));
        _app.Engine.HandleThreadMessageAsync(default!, default).ReturnsForAnyArgs(new Ignored("fuzz"));
        _app.Engine.PressButtonAsync(default!, default).ReturnsForAnyArgs(new Refused("No such plan."));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Commands_MutatedSlashCommandForm_AnswersWithoutServerError()
    {
        var original = SlackBodies.Command("NOTES=\"Adds checkout-v2\" ENVIRONMENT=production", _app.Slack.NewResponseUrl());

        await FuzzAsync(FuzzInputs.FormMutations, mutations => FormMutator.Apply(original, mutations), body => _app.PostFormAsync("/slack/commands", body));
    }

    [Theory]
    [MemberData(nameof(Interactions))]
    public async Task Interactivity_MutatedPayloadJson_AnswersWithoutServerError(string fixture)
    {
        var original = Payloads.Json(fixture);

        await FuzzAsync(
            FuzzInputs.JsonMutations,
            mutations => JsonMutator.Apply(original, mutations),
            json => _app.PostFormAsync("/slack/interactivity", "payload=" + Uri.EscapeDataString(json.Replace("\uD800", "?", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Interactivity_MutatedFormAroundPayload_AnswersWithoutServerError()
    {
        var original = SlackBodies.Interaction(Payloads.Json("block-actions-in-thread.json"));

        await FuzzAsync(FuzzInputs.FormMutations, mutations => FormMutator.Apply(original, mutations), body => _app.PostFormAsync("/slack/interactivity", body));
    }

    [Theory]
    [MemberData(nameof(Events))]
    public async Task Events_MutatedEnvelope_AnswersWithoutServerError(string fixture)
    {
        var original = Payloads.Json(fixture);

        await FuzzAsync(FuzzInputs.JsonMutations, mutations => JsonMutator.Apply(original, mutations), json => _app.PostJsonAsync("/slack/events", json));
    }

    [Theory]
    [InlineData("{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"hi\",\"ts\":\"1.2\",\"channel\":\"\\ud83d\"}}")]
    [InlineData("{\"type\":\"event_callback\",\"event_id\":\"\\ud83dx\",\"event\":{\"type\":\"message\",\"user\":\"U1\",\"text\":\"hi\",\"ts\":\"1.2\",\"channel\":\"C1\"}}")]
    [InlineData("{\"type\":\"event_callback\",\"authed_users\":[\"\\udc00\"],\"event\":{\"type\":\"message\",\"ts\":\"1.2\",\"channel\":\"C1\"}}")]
    public async Task Events_LoneSurrogateEscapeInAString_IsNotAServerError(string json)
    {
        // Found by the fuzzer (seed cq7YSTWvTU41): JsonElement.GetString throws on "\ud83d" without its low half.
        using var response = await _app.PostJsonAsync("/slack/events", json);

        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Events_BodyThatIsNotJson_GetsClearBadRequest()
    {
        using var response = await _app.PostJsonAsync("/slack/events", "{\"type\":\"event_callback\",\"event\":{\"type\":");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Events API JSON", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>
    /// Posts <see cref="Iterations"/> mutated inputs (<paramref name="mutate"/> applied to sampled mutations) with
    /// <paramref name="post"/>; every answer must be clear (<see cref="SlackAnswers.AssertClearAsync(HttpResponseMessage, string, ConcurrentDictionary{int, int})"/>),
    /// and the run must reach both the handler and the decoder's refusal, so the mutations did bite.
    /// </summary>
    private static async Task FuzzAsync<TMutation>(Gen<TMutation[]> mutations, Func<TMutation[], string> mutate, Func<string, Task<HttpResponseMessage>> post)
    {
        var tally = new ConcurrentDictionary<int, int>();
        await mutations.SampleAsync(
            async sample =>
            {
                var input = mutate(sample);
                using var response = await post(input);
                await SlackAnswers.AssertClearAsync(response, input, tally);
            },
            iter: Iterations,
            threads: 2,
            print: FuzzInputs.Describe);

        SlackAnswers.AssertBothPathsReached(tally);
    }
}
