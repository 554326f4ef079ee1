using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Planning.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Polly.Registry;

namespace DeployBot.Planning.Model;

/// <summary>
/// Writes detailed rollback plans with the configured model, through the same <see cref="PipelineKeys.PlanGeneration"/>
/// pipeline as plans (one time budget, retry, circuit breaker), with repair prompts quoting the rollback rules. After
/// the last attempt, or with the circuit open, the offline rollback planner writes it and says why.
/// </summary>
internal sealed class ModelRollbackPlanner(
    Kernel kernel,
    ResiliencePipelineProvider<string> pipelines,
    OfflineRollbackPlanner offline,
    IOptions<ModelOptions> options,
    TimeProvider time,
    ILogger<ModelRollbackPlanner> logger) : IRollbackPlanner
{
    private readonly ModelOptions _options = options.Value;

    public async Task<RollbackPlan> CreateRollbackPlanAsync(RollbackInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var conversation = new RollbackConversation(input, chat, kernel, ModelPlanner.Settings(_options), _options.ModelId, _options.ApiKey);
        return await ModelRun.ExecuteAsync(
            pipelines.GetPipeline(PipelineKeys.PlanGeneration),
            _options,
            time,
            conversation,
            exception =>
            {
                var reason = ModelFailure.Describe(exception, conversation.Attempts, _options);
                Log.RollbackFellBack(logger, _options.ModelId, reason);
                return offline.Create(input, reason, conversation.Attempts, _options.ModelId);
            },
            cancellationToken);
    }
}
