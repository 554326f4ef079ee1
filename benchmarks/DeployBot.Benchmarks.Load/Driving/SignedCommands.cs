using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace DeployBot.Benchmarks.Load.Driving;

/// <summary>
/// <c>/deploy-plan</c> commands as Slack sends them: a form body with every field Slack sets, signed with the v0
/// HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>. Each command has its own requester (so the per-user rate limit
/// never applies) and a tag in its notes (<c>req-000042</c>) that makes its plan findable in Slack.
/// </summary>
internal sealed class SignedCommands(string signingSecret, Func<string> responseUrl)
{
    public const string AskedFrom = "C0DEVTEAM01";
    public const string Environment = "production";
    public const string Window = "Sat 06:00-08:00 UTC";
    public const string Flag = "checkout-v2";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(signingSecret);

    public static string Tag(int index) => $"req-{index:D6}";

    public static string Notes(int index) => $"Release {Tag(index)} adds the checkout-v2 button for returning customers";

    /// <summary>Every argument given: the engine accepts at once and queues the plan.</summary>
    public static string FullText(int index) =>
        $"NOTES=\"{Notes(index)}\" ENVIRONMENT={Environment} WINDOW=\"{Window}\" FLAG={Flag}";

    /// <summary>No environment: the engine opens the parameter form and keeps the request pending.</summary>
    public static string FormText(int index) => $"NOTES=\"{Notes(index)}\"";

    public HttpRequestMessage Create(int index, string text)
    {
        var body = Encoding.UTF8.GetBytes(Form(index, text));
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "slack/commands") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(timestamp, body));
        return request;
    }

    /// <summary>The command as one line of a wrk pool file: timestamp, signature and form body, tab-separated.</summary>
    public string PoolLine(int index, string text)
    {
        var form = Form(index, text);
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{timestamp}\t{Sign(timestamp, Encoding.UTF8.GetBytes(form))}\t{form}";
    }

    private string Sign(string timestamp, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed, prefix.Length);
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(_key, signed));
    }

    private string Form(int index, string text)
    {
        var fields = new (string Key, string Value)[]
        {
            ("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("team_id", "T0FAKETEAM"), ("team_domain", "fake"),
            ("channel_id", AskedFrom), ("channel_name", "dev-team"), ("user_id", $"U0LOAD{index:D6}"),
            ("user_name", $"loader{index}"), ("command", "/deploy-plan"), ("text", text), ("api_app_id", "A0DEPLOYBOT"),
            ("is_enterprise_install", "false"), ("response_url", responseUrl()), ("trigger_id", $"{index}.{Guid.NewGuid():N}"),
        };
        return string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value).Replace("%20", "+", StringComparison.Ordinal)}"));
    }
}
