using DeployBot.Core.Planning;
using DeployBot.Playbooks.Offline;
using DeployBot.Planning.Assistant;
using DeployBot.Planning.Model;
using DeployBot.Planning.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class PlanningHostingExtensions
{
    /// <summary>The HttpClient the model connector uses; it carries no handlers of its own (see below).</summary>
    internal const string ModelHttpClientName = "deploybot-model";

    /// <summary>The planner and the rollback planner (model through Semantic Kernel with Polly, or offline) and the thread assistant.</summary>
    /// <example>
    /// <code>
    /// // appsettings.json: "Model": { "Provider": "OpenAICompatible", "Endpoint": "http://localhost:11434/v1", "ModelId": "llama3.1" }
    /// builder.AddDeploymentPlanning();
    /// </code>
    /// </example>
    public static IHostApplicationBuilder AddDeploymentPlanning(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ModelOptions>()
            .BindConfiguration(ModelOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OfflinePlanner>();
        services.TryAddSingleton<OfflineRollbackPlanner>();
        services.AddModelServices();

        // Offline unless a model is configured; decided when resolved, so configuration added late (tests) counts.
        services.AddTransient<IDeploymentPlanner>(sp => UsesModel(sp) ? sp.GetRequiredService<ModelPlanner>() : sp.GetRequiredService<OfflinePlanner>());
        services.AddTransient<IRollbackPlanner>(sp => UsesModel(sp) ? sp.GetRequiredService<ModelRollbackPlanner>() : sp.GetRequiredService<OfflineRollbackPlanner>());
        services.AddTransient<IPlanAssistant>(sp => UsesModel(sp) ? sp.GetRequiredService<ModelPlanAssistant>() : new OfflinePlanAssistant());
        return builder;
    }

    /// <summary>Largest model answer read; a plan or an answer is tens of KB.</summary>
    internal const long MaxModelResponseBytes = 2 * 1024 * 1024;

    private static void AddModelServices(this IServiceCollection services)
    {
        services.AddKernel();
        // No resilience handler and no timeout on this client: handing SK our own HttpClient turns the OpenAI SDK's
        // retries off, so the Polly pipelines below are the one retry layer (and own the per-attempt timeout).
        services.AddHttpClient(ModelHttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(() => new ResponseSizeLimitHandler(MaxModelResponseBytes)); // a hostile server cannot fill memory
        services.AddTransient(CreateChatCompletion);
        services.AddResiliencePipeline(PipelineKeys.PlanGeneration, (pipeline, context) =>
        {
            var options = context.GetOptions<ModelOptions>();
            ModelPipelines.Configure(pipeline, options, options.MaxAttempts, Logger(context.ServiceProvider));
        });
        services.AddResiliencePipeline(PipelineKeys.ThreadAnswer, (pipeline, context) =>
        {
            var options = context.GetOptions<ModelOptions>();
            ModelPipelines.Configure(pipeline, options, Math.Min(options.AssistantMaxAttempts, options.MaxAttempts), Logger(context.ServiceProvider));
        });
        services.TryAddTransient<ModelPlanner>();
        services.TryAddTransient<ModelRollbackPlanner>();
        services.TryAddTransient<ModelPlanAssistant>();
    }

    // Transient so each use gets a client from the factory (pooled handlers, DNS changes honoured).
    private static IChatCompletionService CreateChatCompletion(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ModelOptions>>().Value;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(ModelHttpClientName);
        var loggers = services.GetService<ILoggerFactory>();
        var modelId = options.ModelId ?? string.Empty;
        return options.ProviderKind switch
        {
            ModelProvider.AzureOpenAI => new AzureOpenAIChatCompletionService(modelId, options.Endpoint!, options.ApiKey!, modelId, http, loggers),
            ModelProvider.OpenAI when string.IsNullOrWhiteSpace(options.Endpoint) => new OpenAIChatCompletionService(modelId, options.ApiKey!, organization: null, http, loggers),
#pragma warning disable SKEXP0010 // The custom-endpoint constructor is what OpenAI-compatible servers (Ollama, vLLM, LM Studio) need.
            ModelProvider.OpenAI or ModelProvider.OpenAICompatible => new OpenAIChatCompletionService(modelId, new Uri(options.Endpoint!), options.ApiKey, organization: null, http, loggers),
#pragma warning restore SKEXP0010
            _ => throw new InvalidOperationException($"No model is configured ({ModelOptions.SectionName}:Provider is {options.Provider})."),
        };
    }

    private static bool UsesModel(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ModelOptions>>().Value.UsesModel;

    private static ILogger Logger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger("DeployBot.Planning.Model");
}
