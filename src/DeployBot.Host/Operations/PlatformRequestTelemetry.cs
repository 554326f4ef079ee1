using DeployBot.Core.Telemetry;

namespace DeployBot.Host.Operations;

/// <summary>
/// Times every request a chat platform sends (Slack webhooks, the Teams messaging endpoint, the local console's
/// commands) from arrival to answer: the acknowledgement latency Slack's 3-second deadline is measured against.
/// </summary>
internal static class PlatformRequestTelemetry
{
    public static WebApplication UsePlatformRequestTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var time = app.Services.GetService<TimeProvider>() ?? TimeProvider.System;
        app.Use(async (context, next) =>
        {
            var platform = PlatformOf(context.Request);
            if (platform is null)
            {
                await next(context);
                return;
            }

            var started = time.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                DeployBotTelemetry.AcknowledgementLatency.Record(
                    time.GetElapsedTime(started).TotalMilliseconds,
                    new KeyValuePair<string, object?>("platform", platform),
                    new KeyValuePair<string, object?>("status", context.Response.StatusCode));
            }
        });
        return app;
    }

    /// <summary>The platform a request comes from, by path; null for everything else (health, metrics, assets).</summary>
    internal static string? PlatformOf(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        var path = request.Path;
        return path.StartsWithSegments("/slack") ? "slack"
            : path.StartsWithSegments("/api/messages") ? "teams"
            : path.StartsWithSegments("/console") ? "console"
            : null;
    }
}
