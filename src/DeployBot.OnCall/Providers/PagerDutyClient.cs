using System.Globalization;
using System.Text.Json;
using DeployBot.Core.Environments;
using DeployBot.OnCall.Options;
using Microsoft.Extensions.Options;

namespace DeployBot.OnCall.Providers;

/// <summary>
/// PagerDuty REST API v2 <c>GET /oncalls</c> for an environment's schedule (or escalation policy), with
/// <c>earliest=true</c> and <c>include[]=users</c>; the lowest escalation level is the person to ping.
/// </summary>
internal sealed class PagerDutyClient(HttpClient http, IOptions<PagerDutyOptions> options) : IOnCallProvider
{
    public const string AcceptHeader = "application/vnd.pagerduty+json;version=2";

    // A moment, not a range: PagerDuty answers for on-calls overlapping [since, until].
    private static readonly TimeSpan Probe = TimeSpan.FromMinutes(1);

    public string Name => OnCallProviders.PagerDuty;

    public string Describe(DeploymentEnvironment environment)
    {
        var (kind, id, _) = Filter(environment);
        return $"PagerDuty {kind} {id}";
    }

    public async Task<OnCallPerson?> FindAsync(DeploymentEnvironment environment, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var (kind, id, parameter) = Filter(environment);
        var failures = new ProviderFailures(Name, "API token", "PagerDuty:ApiToken", $"{kind} {id}", Key(environment, parameter));
        using var document = await ProviderHttp.GetJsonAsync(
            http, Request(parameter, id, at), Name, (status, body) => failures.Describe(status, ProviderHttp.ErrorMessage(body, "error", "message")), cancellationToken);
        return Lowest(document.RootElement, at, $"PagerDuty {kind} {id}");
    }

    private HttpRequestMessage Request(string parameter, string id, DateTimeOffset? at)
    {
        var query = $"oncalls?{parameter}[]={Uri.EscapeDataString(id)}&include[]=users";

        // For a moment ahead, every on-call overlapping it: "earliest" could pick the shift that ends right then.
        query += at is { } moment ? $"&since={Iso(moment)}&until={Iso(moment + Probe)}" : "&earliest=true";

        var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Headers.TryAddWithoutValidation("Authorization", $"Token token={options.Value.Secret}");
        request.Headers.TryAddWithoutValidation("Accept", AcceptHeader);
        return request;
    }

    /// <summary>The entry with the lowest escalation level that is still on call at <paramref name="at"/>.</summary>
    private static OnCallPerson? Lowest(JsonElement root, DateTimeOffset? at, string where)
    {
        if (!root.TryGetProperty("oncalls", out var oncalls) || oncalls.ValueKind != JsonValueKind.Array)
        {
            throw new OnCallLookupException("PagerDuty sent an answer without 'oncalls'");
        }

        var best = oncalls.EnumerateArray()
            .Select(entry => (Entry: entry, Level: Int(entry, "escalation_level") ?? int.MaxValue, End: Time(entry, "end")))
            .Where(candidate => at is null || Covers(candidate.Entry, at.Value))
            .Where(candidate => candidate.Entry.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object)
            .OrderBy(candidate => candidate.Level)
            .FirstOrDefault();
        if (best.Entry.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var user = best.Entry.GetProperty("user");
        var name = Text(user, "name") ?? Text(user, "summary") ?? Text(user, "email") ?? Text(user, "id") ?? "(unnamed PagerDuty user)";
        var level = best.Level == int.MaxValue ? string.Empty : $", escalation level {best.Level}";
        return new OnCallPerson(name, Text(user, "email"), best.End, where + level);
    }

    private static bool Covers(JsonElement entry, DateTimeOffset at) =>
        (Time(entry, "start") is not { } start || start <= at) && (Time(entry, "end") is not { } end || end > at);

    private static (string Kind, string Id, string Parameter) Filter(DeploymentEnvironment environment)
    {
        var onCall = environment.Options.OnCall;
        return string.IsNullOrWhiteSpace(onCall.ScheduleId)
            ? ("escalation policy", onCall.EscalationPolicyId?.Trim() ?? string.Empty, "escalation_policy_ids")
            : ("schedule", onCall.ScheduleId.Trim(), "schedule_ids");
    }

    private static string Key(DeploymentEnvironment environment, string parameter) =>
        $"{EnvironmentOptions.SectionName}:{environment.Name}:OnCall:{(parameter == "schedule_ids" ? "ScheduleId" : "EscalationPolicyId")}";

    private static string Iso(DateTimeOffset moment) =>
        Uri.EscapeDataString(moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        Text(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
