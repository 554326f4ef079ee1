using System.Globalization;
using System.Text.Json;
using DeployBot.Core.Environments;
using DeployBot.OnCall.Options;
using Microsoft.Extensions.Options;

namespace DeployBot.OnCall.Providers;

/// <summary>
/// Opsgenie <c>GET /v2/schedules/{id}/on-calls?flat=true</c>: <c>data.onCallRecipients</c> are usernames, which
/// Opsgenie keeps as e-mail addresses. Opsgenie gives no shift end.
/// </summary>
internal sealed class OpsgenieClient(HttpClient http, IOptions<OpsgenieOptions> options) : IOnCallProvider
{
    public string Name => OnCallProviders.Opsgenie;

    public string Describe(DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return $"Opsgenie schedule {ScheduleId(environment)}";
    }

    public async Task<OnCallPerson?> FindAsync(DeploymentEnvironment environment, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var id = ScheduleId(environment);
        var failures = new ProviderFailures(
            Name, "API key", "Opsgenie:ApiKey", $"schedule {id}", $"{EnvironmentOptions.SectionName}:{environment.Name}:OnCall:ScheduleId");
        using var document = await ProviderHttp.GetJsonAsync(
            http, Request(id, at), Name, (status, body) => failures.Describe(status, ProviderHttp.ErrorMessage(body, "message")), cancellationToken);
        return First(document.RootElement, Describe(environment));
    }

    private HttpRequestMessage Request(string id, DateTimeOffset? at)
    {
        var query = $"v2/schedules/{Uri.EscapeDataString(id)}/on-calls?flat=true";
        if (at is { } moment)
        {
            var date = moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
            query += "&date=" + Uri.EscapeDataString(date);
        }

        var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Headers.TryAddWithoutValidation("Authorization", $"GenieKey {options.Value.Secret}");
        return request;
    }

    private static OnCallPerson? First(JsonElement root, string where)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new OnCallLookupException("Opsgenie sent an answer without 'data'");
        }

        if (!data.TryGetProperty("onCallRecipients", out var recipients) || recipients.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var names = recipients.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            .Select(item => item.GetString()!.Trim())
            .ToArray();
        if (names.Length == 0)
        {
            return null;
        }

        var source = names.Length == 1 ? where : $"{where}, first of {names.Length} on call";
        return new OnCallPerson(names[0], names[0].Contains('@', StringComparison.Ordinal) ? names[0] : null, ShiftEnd: null, source);
    }

    private static string ScheduleId(DeploymentEnvironment environment) => environment.Options.OnCall.ScheduleId?.Trim() ?? string.Empty;
}
