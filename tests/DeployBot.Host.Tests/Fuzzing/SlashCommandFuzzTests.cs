using System.Net;
using System.Text.Json;
using CsCheck;
using DeployBot.Host.Tests.Slack;
using DeployBot.Testing.Fuzzing;

namespace DeployBot.Host.Tests.Fuzzing;

/// <summary>
/// <c>/deploy-plan</c> text fuzzed through the whole host: the real Slack endpoint, the real engine (argument parser,
/// resolver, policy) and the real SQLite store. Whatever the text, the person gets a clear answer (an ephemeral
/// message, or the form), never a 5xx and never silence. The parser alone is fuzzed in Core.Tests; this drives it
/// the way Slack does, with its escaping, through everything behind it.
/// </summary>
public sealed class SlashCommandFuzzTests
{
    private const string Tricky = "\"'“”‘’„‚\\=&;<>\n\r\t \u00A0ltgampNOTESENVIRONMENTenvironmentFLAGWINDOWprodstaging-_.:x2é漢🚀";

    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.Char[Tricky].Array[0, 40].Select(chars => new string(chars)),
        Gen.Int[0, HostileText.All.Count - 1].Select(i => HostileText.All[i]),
        Gen.OneOf(Gen.Const("NOTES=\""), Gen.Const(" ENVIRONMENT=prod "), Gen.Const(" WINDOW=“Sat 06:00-08:00 UTC” "), Gen.Const(" FLAG=checkout-v2"), Gen.Const("&amp;lt;")));

    private static readonly Gen<string> CommandText = Fragment.Array[1, 5].Select(parts => string.Concat(parts));

    [Fact]
    public async Task Commands_AnyText_GetAClearAnswer()
    {
        await using var host = await SlackHost.StartAsync();
        var sequence = 0;

        await CommandText.SampleAsync(
            async text =>
            {
                var index = Interlocked.Increment(ref sequence);
                var triggerId = $"fuzz.{index}.{Guid.NewGuid():N}";
                var body = host.Command(text, host.Slack.NewResponseUrl(), triggerId);
                using var response = await host.PostFormAsync("/slack/commands", body);
                await AssertClearAnswerAsync(host, response, text, triggerId);
            },
            iter: 150,
            threads: 1,
            print: text => text.Length > 500 ? text[..500] + $"… ({text.Length} chars)" : text);
    }

    [Fact]
    public async Task Commands_MutatedForm_NeverServerError()
    {
        await using var host = await SlackHost.StartAsync();
        var original = host.Command("NOTES=\"Adds checkout-v2\" ENVIRONMENT=staging", host.Slack.NewResponseUrl(), "fuzz.form.1");
        var mutations = Gen.Select(Gen.Enum<FormMutationKind>(), Gen.Int[0, 100_000], Gen.Int[0, 1_000], (kind, target, pick) => new FormMutation(kind, target, pick)).Array[1, 3];

        await mutations.SampleAsync(
            async changes =>
            {
                var body = FormMutator.Apply(original, changes);
                using var response = await host.PostFormAsync("/slack/commands", body);
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"HTTP {status} for {string.Join(", ", changes.Select(c => c.ToString()))}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            },
            iter: 150,
            threads: 1,
            print: changes => string.Join(", ", changes.Select(c => c.ToString())));
    }

    /// <summary>200 with an ephemeral text, or 200 with an empty body because the form was opened (views.open).</summary>
    private static async Task AssertClearAnswerAsync(SlackHost host, HttpResponseMessage response, string text, string triggerId)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var shown = text.Length > 300 ? text[..300] + "…" : text;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode} for text: {shown}\n{body}");
        if (body.Length == 0)
        {
            Assert.True(host.Slack.CallsTo("views.open").Any(call => call["trigger_id"] == triggerId), $"an empty answer and no form opened for text: {shown}");
            return;
        }

        using var json = JsonDocument.Parse(body);
        var message = json.RootElement.TryGetProperty("text", out var value) ? value.GetString() : null;
        Assert.False(string.IsNullOrWhiteSpace(message), $"an answer without a message for text: {shown}\n{body}");
    }
}
