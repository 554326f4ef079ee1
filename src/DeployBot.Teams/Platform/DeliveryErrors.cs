using System.Net;
using DeployBot.Core.Platforms;
using DeployBot.Teams.Connector;
using Microsoft.Extensions.Logging;

namespace DeployBot.Teams.Platform;

/// <summary>Turns connector failures into <see cref="ChatDeliveryException"/>s whose message names the fix.</summary>
internal sealed class DeliveryErrors(ILogger<DeliveryErrors> logger)
{
    public async Task<T> GuardAsync<T>(string operation, string channelId, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ConnectorException exception)
        {
            Log.DeliveryFailed(logger, (int)exception.StatusCode, exception.ErrorCode, operation);
            throw Translate(exception, operation, channelId);
        }
        catch (HttpRequestException exception)
        {
            throw new ChatDeliveryException($"DeployBot could not reach Teams to {operation}; it will try again.", permanent: false, exception);
        }
        catch (Polly.Timeout.TimeoutRejectedException exception)
        {
            throw new ChatDeliveryException($"Teams did not answer in time when DeployBot tried to {operation}; it will try again.", permanent: false, exception);
        }
    }

    internal static ChatDeliveryException Translate(ConnectorException exception, string operation, string channelId) => exception.StatusCode switch
    {
        HttpStatusCode.Unauthorized => new ChatDeliveryException(
            $"Teams rejected DeployBot's credentials when trying to {operation}: check Teams:AppId, Teams:AppPassword and, for a single-tenant app, Teams:TenantId.",
            permanent: true, exception),
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new ChatDeliveryException(
            $"DeployBot cannot {operation} in the Teams channel {channelId} ({exception.ErrorCode ?? ((int)exception.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)}): add DeployBot to the team that owns the release channel, and check the channel id in the environment's ReleaseChannel:Teams setting (private channels are not supported).",
            permanent: true, exception),
        HttpStatusCode.RequestEntityTooLarge => new ChatDeliveryException(
            $"Teams refused the message as too large when trying to {operation}.", permanent: true, exception),
        HttpStatusCode.TooManyRequests => new ChatDeliveryException(
            $"Teams is throttling DeployBot; it will {operation} again shortly.", permanent: false, exception) { RetryAfter = exception.RetryAfter },
        HttpStatusCode.BadRequest => new ChatDeliveryException(
            $"Teams refused the message when trying to {operation} ({exception.ErrorCode ?? "BadArgument"}).", permanent: true, exception),
        _ => new ChatDeliveryException(
            $"Teams failed (HTTP {(int)exception.StatusCode}) when DeployBot tried to {operation}; it will try again.", permanent: false, exception) { RetryAfter = exception.RetryAfter },
    };
}
