using System.Collections.Concurrent;
using System.Net;

namespace DeployBot.Slack.Tests.Fuzzing;

/// <summary>What every answer to a properly signed request must be, however malformed its body: never a 5xx, never a
/// signature failure (it was signed), and a 400 always says what was wrong.</summary>
internal static class SlackAnswers
{
    /// <summary>Checks one answer and counts its status in <paramref name="tally"/>.</summary>
    public static async Task AssertClearAsync(HttpResponseMessage response, string input, ConcurrentDictionary<int, int> tally)
    {
        tally.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        await AssertClearAsync(response, input);
    }

    /// <summary>The run reached both the decoder's refusal and the handler behind it, so the mutations did bite.</summary>
    public static void AssertBothPathsReached(ConcurrentDictionary<int, int> tally)
    {
        var seen = string.Join(", ", tally.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"));
        Assert.True(tally.Keys.Any(s => s is >= 200 and < 300), $"no mutated input reached the handler: {seen}");
        Assert.True(tally.Keys.Any(s => s is >= 400 and < 500), $"no mutated input was refused: {seen}");
    }

    public static async Task AssertClearAsync(HttpResponseMessage response, string input)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        var shown = input.Length > 1500 ? input[..1500] + $"… ({input.Length} chars)" : input;
        Assert.True(status < 500, $"HTTP {status} for input: {shown}\nbody: {body}");
        Assert.True(response.StatusCode != HttpStatusCode.Unauthorized, $"a signed request was refused as unsigned: {shown}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.False(string.IsNullOrWhiteSpace(body), $"a 400 without a message for input: {shown}");
        }
    }
}
