using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>What Slack received in answer to one <c>/deploy-plan</c>: the status, the ephemeral text, and how long it took.</summary>
internal sealed record CommandAck(int Index, HttpStatusCode Status, string? ResponseType, string? Text, TimeSpan Took, string ResponseUrl)
{
    public bool IsDrafting => Status == HttpStatusCode.OK && ResponseType == "ephemeral" && Text?.StartsWith("Drafting the ", StringComparison.Ordinal) == true;

    public override string ToString() => $"#{Index}: {(int)Status} {ResponseType} \"{Text}\" after {Took.TotalMilliseconds:0} ms";
}

/// <summary>Signed <c>/deploy-plan</c> commands as Slack sends them (form body, response_url, trigger_id), one requester per command.</summary>
internal static class SlashCommands
{
    public const string SigningSecret = "reliability-signing-secret-7";
    public const string AskedFrom = "C0DEVTEAM01";
    public const string ReleaseChannel = "C0RELEASES1";
    public const string Window = "Sat 06:00-08:00 UTC";
    public const string Flag = "checkout-v2";

    /// <summary>The release notes of request <paramref name="index"/>; the tag <c>rNNN</c> makes each plan findable in Slack.</summary>
    public static string Notes(int index) => $"Release {Tag(index)} adds the checkout-v2 button for returning customers";

    public static string Tag(int index) => $"r{index:D3}";

    public static string UserId(int index) => $"U0REQ{index:D5}";

    public static string Text(int index) => $"NOTES=\"{Notes(index)}\" ENVIRONMENT=production WINDOW=\"{Window}\" FLAG={Flag}";

    public static async Task<CommandAck> SendAsync(HttpClient client, FakeSlackApi slack, int index, CancellationToken cancellationToken)
    {
        var responseUrl = slack.NewResponseUrl();
        var form = Form(new()
        {
            ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO", ["team_id"] = FakeSlackApi.TeamId, ["team_domain"] = "fake",
            ["channel_id"] = AskedFrom, ["channel_name"] = "dev-team", ["user_id"] = UserId(index), ["user_name"] = $"asker{index}",
            ["command"] = "/deploy-plan", ["text"] = Text(index), ["api_app_id"] = "A0DEPLOYBOT", ["is_enterprise_install"] = "false",
            ["response_url"] = responseUrl, ["trigger_id"] = $"{index}.{Guid.NewGuid():N}",
        });
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync(
            new Uri("slack/commands", UriKind.Relative), new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var took = clock.Elapsed;
        var (type, text) = Read(body);
        return new CommandAck(index, response.StatusCode, type, text, took, responseUrl);
    }

    private static (string? Type, string? Text) Read(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return (Field(root, "response_type"), Field(root, "text") ?? Field(root, "error"));
        }
        catch (JsonException)
        {
            return (null, body);
        }
    }

    private static string? Field(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Form(Dictionary<string, string> fields) =>
        string.Join("&", fields.Select(pair => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(pair.Value).Replace("%20", "+", StringComparison.Ordinal)}"));
}
