using DeployBot.Core.Planning;
using DeployBot.Playbooks.Offline;
using DeployBot.Core.Plans;
using DeployBot.Planning.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly;
using Polly.Registry;

namespace DeployBot.Planning.Model;

/// <summary>
/// Writes plans with the configured model through Semantic Kernel, inside the <see cref="PipelineKeys.PlanGeneration"/>
/// pipeline. Model trouble never escapes: after the last attempt, or with the circuit open, the offline planner
/// writes the plan and says why.
/// </summary>
internal sealed class ModelPlanner(
    Kernel kernel,
    ResiliencePipelineProvider<string> pipelines,
    OfflinePlanner offline,
    IOptions<ModelOptions> options,
    TimeProvider time,
    ILogger<ModelPlanner> logger) : IDeploymentPlanner
{
    private readonly ModelOptions _options = options.Value;

    public async Task<DeploymentPlan> CreatePlanAsync(PlanningInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var conversation = new PlanConversation(input, chat, kernel, Settings(), _options.ModelId, _options.ApiKey);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ModelPipelines.Deadline, time.GetUtcNow().AddSeconds(_options.TotalTimeoutSeconds));
        try
        {
            var plan = await pipelines.GetPipeline(PipelineKeys.PlanGeneration).ExecuteAsync(
                static (ctx, state) => state.AttemptAsync(ctx.CancellationToken), context, conversation);
            Log.ModelPlanWritten(logger, _options.ModelId, conversation.Attempts);
            return plan;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && ModelFailure.IsModelTrouble(exception))
        {
            var reason = ModelFailure.Describe(exception, conversation.Attempts, _options);
            Log.FellBack(logger, _options.ModelId, reason);
            return offline.CreatePlan(input, reason, conversation.Attempts, _options.ModelId);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private OpenAIPromptExecutionSettings Settings() => new()
    {
        Temperature = 0.2,
        // JSON mode where the server supports it; the reader still accepts fenced JSON or Markdown headings.
        ResponseFormat = _options.JsonMode ? "json_object" : null,
    };
}
