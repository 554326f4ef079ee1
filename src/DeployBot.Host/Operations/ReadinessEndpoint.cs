using DeployBot.Core.Health;
using DeployBot.Core.Storage;

namespace DeployBot.Host.Operations;

/// <summary><c>GET /readyz</c>: 200 once storage answers and configuration is valid; 503 with a JSON reason otherwise.</summary>
internal static class ReadinessEndpoint
{
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(3);

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
        else if (await FindProblemAsync(health, cancellationToken) is { } problem)
        {
            // The host keeps trying to reach and migrate storage in the background; this names what stops it now.
            reasons.Add($"storage ({health.Engine}) is not reachable: {problem}; check Storage:ConnectionString and that the database is up");
        }

        return reasons.Count == 0
            ? TypedResults.Ok(new { status = "ready" })
            : TypedResults.Json(new { status = "not ready", reasons }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string?> FindProblemAsync(IStorageHealth health, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StorageTimeout);
        try
        {
            return await health.FindProblemAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {StorageTimeout.TotalSeconds:0} s";
        }
    }
}
