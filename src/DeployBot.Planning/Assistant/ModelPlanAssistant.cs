using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Planning.Model;
using DeployBot.Planning.Prompts;
using DeployBot.Planning.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly;
using Polly.Registry;

namespace DeployBot.Planning.Assistant;

/// <summary>
/// Answers thread questions with the model, from the stored request and plan and the thread's recent exchanges,
/// inside the <see cref="PipelineKeys.ThreadAnswer"/> pipeline. When the model cannot answer, says so and points
/// at the section of the plan that may help.
/// </summary>
internal sealed class ModelPlanAssistant(
    Kernel kernel,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<ModelOptions> options,
    TimeProvider time,
    ILogger<ModelPlanAssistant> logger) : IPlanAssistant
{
    private const int MaxAnswer = 3000;
    private readonly ModelOptions _options = options.Value;

    public async Task<ThreadAnswer> AnswerAsync(PlanQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var attempts = 0;
        var history = AssistantPrompt.Create(question, UntrustedText.CreateFence());
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ModelPipelines.Deadline, time.GetUtcNow().AddSeconds(_options.TotalTimeoutSeconds));
        try
        {
            var text = await pipelines.GetPipeline(PipelineKeys.ThreadAnswer).ExecuteAsync(
                async (ctx, state) =>
                {
                    attempts++;
                    return await AskAsync(state, ctx.CancellationToken);
                },
                context,
                history);
            return new ThreadAnswer(text, Answered: true);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && ModelFailure.IsModelTrouble(exception))
        {
            var reason = ModelFailure.Describe(exception, attempts, _options, forPlan: false);
            Log.AssistantUnavailable(logger, _options.ModelId, reason);
            return new ThreadAnswer(OfflinePlanAssistant.Compose($"the model is unavailable ({reason})", question.Plan, question.Question), Answered: false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<string> AskAsync(ChatHistory history, CancellationToken cancellationToken)
    {
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0.2 };
        ModelTelemetry.Attempted("question");
        var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, cancellationToken);
        ModelTelemetry.Answered(reply, "question");
        var text = (reply.Content ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            throw new ModelAnswerRejectedException([new PlanViolation("empty-answer", "The answer was empty.")], text);
        }

        return Redact(text.Length <= MaxAnswer ? text : string.Concat(text.AsSpan(0, MaxAnswer), " …"));
    }

    private string Redact(string text) => ApiKeyRedaction.Redact(text, _options.ApiKey);
}
