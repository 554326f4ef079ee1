using DeployBot.Core.Planning;
using DeployBot.Playbooks.Offline;
using DeployBot.Core.Plans;
using DeployBot.Planning.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
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
        var conversation = new PlanConversation(input, chat, kernel, Settings(_options), _options.ModelId, _options.ApiKey);
        var plan = await ModelRun.ExecuteAsync(
            pipelines.GetPipeline(PipelineKeys.PlanGeneration),
            _options,
            time,
            conversation,
            exception =>
            {
                var reason = ModelFailure.Describe(exception, conversation.Attempts, _options);
                Log.FellBack(logger, _options.ModelId, reason);
                return offline.CreatePlan(input, reason, conversation.Attempts, _options.ModelId);
            },
            cancellationToken);
        if (!plan.Planner.IsOffline)
        {
            Log.ModelPlanWritten(logger, _options.ModelId, conversation.Attempts);
        }

        return plan;
    }

    /// <summary>The settings of every plan-writing call (plans and rollback plans).</summary>
    internal static OpenAIPromptExecutionSettings Settings(ModelOptions options) => new()
    {
        Temperature = 0.2,
        // JSON mode where the server supports it; the reader still accepts fenced JSON or Markdown headings.
        ResponseFormat = options.JsonMode ? "json_object" : null,
    };
}
