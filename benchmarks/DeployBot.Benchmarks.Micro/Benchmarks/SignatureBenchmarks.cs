using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DeployBot.Slack;
using DeployBot.Slack.Security;
using Microsoft.Extensions.Options;

namespace DeployBot.Benchmarks.Micro.Benchmarks;

/// <summary>The Slack signature check on a real-sized slash-command body: valid, and wrong (the same work, then a constant-time miss).</summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private SlackSignatureVerifier _verifier = null!;
    private byte[] _body = null!;
    private string _timestamp = null!;
    private string _signature = null!;
    private string _wrong = null!;

    [GlobalSetup]
    public void Setup()
    {
        _verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = Secret, BotToken = "xoxb-bench" }), TimeProvider.System);
        _body = Encoding.UTF8.GetBytes(
            "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705&channel_name=test&user_id=U2147483697"
            + "&user_name=Steve&command=%2Fdeploy-plan&text=NOTES%3D%22Adds+checkout-v2%22+ENVIRONMENT%3Dproduction+WINDOW%3D%22Sat+06%3A00-08%3A00+UTC%22"
            + "&api_app_id=A123456&is_enterprise_install=false&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678&trigger_id=13345224609.738474920.8088930838d88f008e0");
        // Fresh for the five-minute window; a short job finishes well within it.
        _timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _signature = SlackSignatureVerifier.Compute(Secret, _timestamp, _body);
        _wrong = "v0=" + new string('0', 64);
    }

    [Benchmark(Baseline = true, Description = "valid signature (~520-byte body)")]
    public bool Valid() => _verifier.Verify(_timestamp, _signature, _body);

    [Benchmark(Description = "wrong signature")]
    public bool Wrong() => _verifier.Verify(_timestamp, _wrong, _body);
}
