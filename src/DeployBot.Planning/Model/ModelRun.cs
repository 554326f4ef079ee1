using DeployBot.Planning.Resilience;
using Polly;

namespace DeployBot.Planning.Model;

/// <summary>
/// Runs a model conversation inside a pipeline with its time budget (<see cref="ModelPipelines.Deadline"/>), and turns
/// model trouble (unreachable, too slow, circuit open, answers that never passed validation) into the caller's
/// fallback. A cancellation by the caller is not model trouble and propagates.
/// </summary>
internal static class ModelRun
{
    public static async Task<T> ExecuteAsync<T>(
        ResiliencePipeline pipeline,
        ModelOptions options,
        TimeProvider time,
        ModelConversation<T> conversation,
        Func<Exception, T> fallback,
        CancellationToken cancellationToken)
        where T : class
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ModelPipelines.Deadline, time.GetUtcNow().AddSeconds(options.TotalTimeoutSeconds));
        try
        {
            return await pipeline.ExecuteAsync(static (ctx, state) => state.AttemptAsync(ctx.CancellationToken), context, conversation);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && ModelFailure.IsModelTrouble(exception))
        {
            return fallback(exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
