using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.OnCall;

/// <summary>
/// PagerDuty REST API v2 <c>GET /oncalls</c> on loopback, answering in PagerDuty's documented shape (<c>oncalls[]</c>
/// with <c>escalation_level</c>, <c>start</c>, <c>end</c>, and a full <c>user</c> when <c>include[]=users</c>). It checks
/// <c>Authorization: Token token=…</c> (401 with PagerDuty's error body otherwise), filters by <c>schedule_ids[]</c> or
/// <c>escalation_policy_ids[]</c>, answers for <c>since</c>/<c>until</c> (overlap, ends inclusive, as PagerDuty does)
/// or for its clock's now, and with <c>earliest=true</c> keeps one entry per (schedule, policy, level).
/// </summary>
public sealed class FakePagerDuty : IAsyncDisposable
{
    public const string UnauthorizedBody = """{"error":{"message":"Unauthorized","code":2006}}""";
    public const string RateLimitedBody = """{"error":{"message":"Rate Limit Exceeded","code":2020}}""";

    private readonly List<PagerDutyShift> _shifts = [];
    private readonly Lock _gate = new();
    private FakePagingHost _host = null!;

    private FakePagerDuty(string token, TimeProvider clock)
    {
        Token = token;
        Clock = clock;
    }

    public string Token { get; }

    public TimeProvider Clock { get; }

    /// <summary>What <c>PagerDuty:ApiBaseUrl</c> should be.</summary>
    public string ApiBaseUrl => _host.Root.ToString();

    public IReadOnlyList<PagingCall> Calls => _host.Calls;

    public static async Task<FakePagerDuty> StartAsync(TimeProvider clock, string token = "pd-test-token", CancellationToken cancellationToken = default)
    {
        var fake = new FakePagerDuty(token, clock);
        fake._host = await FakePagingHost.StartAsync((app, host) => app.MapGet("/oncalls", fake.HandleAsync), cancellationToken);
        return fake;
    }

    public void AddShift(PagerDutyShift shift)
    {
        lock (_gate)
        {
            _shifts.Add(shift);
        }
    }

    public void FailNext(PagingFailure failure, int times = 1) => _host.FailNext(failure, times);

    private async Task HandleAsync(HttpContext http)
    {
        var body = http.Request.Query.ContainsKey("rate") ? RateLimitedBody : UnauthorizedBody;
        if (await _host.RecordAndFailAsync(http, body))
        {
            return;
        }

        if (http.Request.Headers.Authorization.ToString() != $"Token token={Token}")
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsJsonAsync(JsonNode.Parse(UnauthorizedBody), http.RequestAborted);
            return;
        }

        await http.Response.WriteAsJsonAsync(Answer(http.Request.Query), http.RequestAborted);
    }

    private JsonObject Answer(IQueryCollection query)
    {
        var schedules = query["schedule_ids[]"].ToArray();
        var policies = query["escalation_policy_ids[]"].ToArray();
        var users = query["include[]"].Contains("users");
        var (since, until) = Range(query);
        PagerDutyShift[] matching;
        lock (_gate)
        {
            matching = _shifts
                .Where(shift => schedules.Length == 0 || schedules.Contains(shift.ScheduleId))
                .Where(shift => policies.Length == 0 || policies.Contains(shift.EscalationPolicyId))
                .Where(shift => since is null ? Covers(shift, Clock.GetUtcNow()) : shift.Start <= until && (shift.End is null || shift.End >= since))
                .ToArray();
        }

        if (query["earliest"] == "true")
        {
            matching = matching.GroupBy(shift => (shift.ScheduleId, shift.EscalationPolicyId, shift.Level)).Select(group => group.MinBy(shift => shift.Start)!).ToArray();
        }

        var oncalls = new JsonArray(matching.Select(shift => (JsonNode)Entry(shift, users)).ToArray());
        return new JsonObject { ["oncalls"] = oncalls, ["limit"] = 25, ["offset"] = 0, ["more"] = false, ["total"] = null };
    }

    private static bool Covers(PagerDutyShift shift, DateTimeOffset now) => shift.Start <= now && (shift.End is null || shift.End > now);

    private static (DateTimeOffset? Since, DateTimeOffset? Until) Range(IQueryCollection query)
    {
        static DateTimeOffset? Read(string? text) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
        var since = Read(query["since"]);
        return (since, Read(query["until"]) ?? since);
    }

    private static JsonObject Entry(PagerDutyShift shift, bool users) => new()
    {
        ["escalation_policy"] = Reference(shift.EscalationPolicyId, "escalation_policy_reference", "escalation_policies", "Production escalation"),
        ["escalation_level"] = shift.Level,
        ["schedule"] = shift.ScheduleId is null ? null : Reference(shift.ScheduleId, "schedule_reference", "schedules", "Primary rotation"),
        ["user"] = users ? User(shift) : Reference(shift.UserId, "user_reference", "users", shift.Name),
        ["start"] = Iso(shift.Start),
        ["end"] = shift.End is { } end ? Iso(end) : null,
    };

    private static JsonObject User(PagerDutyShift shift) => new()
    {
        ["id"] = shift.UserId,
        ["type"] = "user",
        ["summary"] = shift.Name,
        ["self"] = $"https://api.pagerduty.com/users/{shift.UserId}",
        ["html_url"] = $"https://example.pagerduty.com/users/{shift.UserId}",
        ["name"] = shift.Name,
        ["email"] = shift.Email,
        ["time_zone"] = "Etc/UTC",
        ["role"] = "user",
    };

    private static JsonObject Reference(string? id, string type, string collection, string summary) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["summary"] = summary,
        ["self"] = $"https://api.pagerduty.com/{collection}/{id}",
        ["html_url"] = $"https://example.pagerduty.com/{collection}/{id}",
    };

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>One person's on-call in the fake PagerDuty.</summary>
public sealed record PagerDutyShift(
    string UserId, string Name, string? Email, int Level, DateTimeOffset Start, DateTimeOffset? End,
    string? ScheduleId = "PSCHED1", string? EscalationPolicyId = "PPOLICY1");
