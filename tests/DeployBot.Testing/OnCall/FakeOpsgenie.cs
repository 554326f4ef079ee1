using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.OnCall;

/// <summary>
/// Opsgenie <c>GET /v2/schedules/{id}/on-calls</c> on loopback, in Opsgenie's documented shape
/// (<c>data._parent</c>, <c>data.onCallRecipients</c> with <c>flat=true</c>, <c>took</c>, <c>requestId</c>). It checks
/// <c>Authorization: GenieKey …</c> (401 "Could not authenticate" otherwise), answers 404 for unknown schedules, and
/// answers for the <c>date</c> parameter or its clock's now.
/// </summary>
public sealed class FakeOpsgenie : IAsyncDisposable
{
    private readonly List<OpsgenieShift> _shifts = [];
    private readonly Lock _gate = new();
    private FakePagingHost _host = null!;

    private FakeOpsgenie(string apiKey, TimeProvider clock)
    {
        ApiKey = apiKey;
        Clock = clock;
    }

    public string ApiKey { get; }

    public TimeProvider Clock { get; }

    /// <summary>What <c>Opsgenie:ApiBaseUrl</c> should be.</summary>
    public string ApiBaseUrl => _host.Root.ToString();

    public IReadOnlyList<PagingCall> Calls => _host.Calls;

    public static async Task<FakeOpsgenie> StartAsync(TimeProvider clock, string apiKey = "og-test-key", CancellationToken cancellationToken = default)
    {
        var fake = new FakeOpsgenie(apiKey, clock);
        fake._host = await FakePagingHost.StartAsync((app, host) => app.MapGet("/v2/schedules/{id}/on-calls", fake.HandleAsync), cancellationToken);
        return fake;
    }

    /// <summary>Makes the schedule exist (with no one on call until shifts are added).</summary>
    public void AddSchedule(string scheduleId) => AddShift(new OpsgenieShift(scheduleId, null, DateTimeOffset.MinValue, DateTimeOffset.MinValue));

    public void AddShift(OpsgenieShift shift)
    {
        lock (_gate)
        {
            _shifts.Add(shift);
        }
    }

    public void FailNext(PagingFailure failure, int times = 1) => _host.FailNext(failure, times);

    private async Task HandleAsync(string id, HttpContext http)
    {
        if (await _host.RecordAndFailAsync(http, Error("Scripted failure")))
        {
            return;
        }

        if (http.Request.Headers.Authorization.ToString() != $"GenieKey {ApiKey}")
        {
            await WriteAsync(http, StatusCodes.Status401Unauthorized, JsonNode.Parse(Error("Could not authenticate"))!);
            return;
        }

        OpsgenieShift[] shifts;
        lock (_gate)
        {
            shifts = _shifts.Where(shift => shift.ScheduleId == id).ToArray();
        }

        if (shifts.Length == 0)
        {
            await WriteAsync(http, StatusCodes.Status404NotFound, JsonNode.Parse(Error($"Schedule with identifier [{id}] could not be found!"))!);
            return;
        }

        var at = DateTimeOffset.TryParse(http.Request.Query["date"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : Clock.GetUtcNow();
        var recipients = shifts.Where(shift => shift.Username is not null && shift.Start <= at && at < shift.End).Select(shift => (JsonNode)shift.Username!).ToArray();
        var data = new JsonObject { ["_parent"] = new JsonObject { ["id"] = id, ["name"] = "Production rotation", ["enabled"] = true } };
        if (http.Request.Query["flat"] == "true")
        {
            data["onCallRecipients"] = new JsonArray(recipients);
        }
        else
        {
            data["onCallParticipants"] = new JsonArray(recipients.Select(name => (JsonNode)new JsonObject { ["name"] = name!.DeepClone(), ["type"] = "user" }).ToArray());
        }

        await WriteAsync(http, StatusCodes.Status200OK, new JsonObject { ["data"] = data, ["took"] = 0.02, ["requestId"] = Guid.NewGuid().ToString() });
    }

    private static string Error(string message) => $$"""{"message":"{{message}}","took":0.001,"requestId":"{{Guid.NewGuid()}}"}""";

    private static async Task WriteAsync(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(body, http.RequestAborted);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>One person's on-call in the fake Opsgenie: <paramref name="Username"/> (an e-mail) from start to end.</summary>
public sealed record OpsgenieShift(string ScheduleId, string? Username, DateTimeOffset Start, DateTimeOffset End);
