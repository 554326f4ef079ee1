using DeployBot.Core.Health;
using DeployBot.Core.Storage;

namespace DeployBot.Host.Operations;

/// <summary><c>GET /readyz</c>: 200 once storage answers and configuration is valid; 503 with a JSON reason otherwise.</summary>
internal static class ReadinessEndpoint
{
    public static async Task<IResult> CheckAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        foreach (var check in services.GetServices<IReadinessCheck>())
        {
            var problem = await check.CheckAsync(cancellationToken);
            if (problem is not null)
            {
                reasons.Add(problem);
            }
        }

        var health = services.GetService<IStorageHealth>();
        if (health is null)
        {
            reasons.Add("storage is not configured");
        }
        else if (!await IsReachableAsync(health, cancellationToken))
        {
            var provider = services.GetService<IConfiguration>()?["Storage:Provider"] ?? "Sqlite";
            reasons.Add($"storage ({provider}) is not reachable; check Storage:ConnectionString and that the database is up");
        }

        return reasons.Count == 0
            ? TypedResults.Ok(new { status = "ready" })
            : TypedResults.Json(new { status = "not ready", reasons }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> IsReachableAsync(IStorageHealth health, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            return await health.IsReachableAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
