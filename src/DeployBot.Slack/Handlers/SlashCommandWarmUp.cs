using System.Globalization;
using System.Text;
using DeployBot.Core.Health;
using DeployBot.Slack.Api;
using DeployBot.Slack.Inbound;
using DeployBot.Slack.Rendering;
using DeployBot.Slack.Security;
using Microsoft.Extensions.Options;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// Slack's part of a slash command, run once at start on a made-up request signed with the real secret: the signature
/// check, the form decoding and the acknowledgement's JSON. Nothing is sent, and the engine is not asked.
/// </summary>
internal sealed class SlashCommandWarmUp(IOptions<SlackOptions> options, SlackSignatureVerifier verifier, TimeProvider time) : IStartupWarmUp
{
    private const string SampleForm =
        "team_id=T0WARMUP&channel_id=C0WARMUP&user_id=U0WARMUP&user_name=warm-up&command=%2Fdeploy-plan"
        + "&text=NOTES%3D%22warm-up%22+ENVIRONMENT%3Dstaging&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2Fwarm-up&trigger_id=0.warm-up";

    public string Name => "Slack request";

    public Task WarmAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SigningSecret is not { Length: > 0 } secret)
        {
            return Task.CompletedTask;
        }

        var body = Encoding.UTF8.GetBytes(SampleForm);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SlackSignatureVerifier.Compute(secret, timestamp, body);
        if (!verifier.HeadersCanVerify(timestamp, signature) || !verifier.Verify(timestamp, signature, body))
        {
            throw new InvalidOperationException("the signature check refused a request signed with the configured secret");
        }

        _ = SlashCommand.FromForm(SlackForm.Parse(Encoding.UTF8.GetString(body)))?.ToRequester();
        var ack = SlackAck.Ephemeral(SlackText.SanitiseKeepingChannelLinks("Drafting the staging plan — it will appear in <#C0WARMUP>."));
        _ = SlackJson.Serialize(ack.Body);
        return Task.CompletedTask;
    }
}
