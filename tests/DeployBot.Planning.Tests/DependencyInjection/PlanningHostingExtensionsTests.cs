using DeployBot.Core.Planning;
using DeployBot.Playbooks.Offline;
using DeployBot.Planning.Assistant;
using DeployBot.Planning.Model;
using DeployBot.Planning.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeployBot.Planning.Tests.DependencyInjection;

public sealed class PlanningHostingExtensionsTests
{
    [Fact]
    public void AddDeploymentPlanning_NothingConfigured_PlansAndAnswersOffline()
    {
        using var services = PlanningServices.Build(new Dictionary<string, string?>());

        Assert.IsType<OfflinePlanner>(services.GetRequiredService<IDeploymentPlanner>());
        Assert.IsType<OfflinePlanAssistant>(services.GetRequiredService<IPlanAssistant>());
    }

    [Theory]
    [InlineData("OpenAICompatible")]
    [InlineData("openai")]
    [InlineData("AzureOpenAI")]
    public void AddDeploymentPlanning_ModelConfigured_UsesTheModelPlannerAndAssistant(string provider)
    {
        using var services = PlanningServices.Build(new Dictionary<string, string?>
        {
            ["Model:Provider"] = provider,
            ["Model:Endpoint"] = "https://models.example.test/v1",
            ["Model:ApiKey"] = "key",
            ["Model:ModelId"] = "m",
        });

        Assert.IsType<ModelPlanner>(services.GetRequiredService<IDeploymentPlanner>());
        Assert.IsType<ModelPlanAssistant>(services.GetRequiredService<IPlanAssistant>());
    }

    [Theory]
    [InlineData("Ollama", null, null, null, "Model:Provider 'Ollama' is not supported")]
    [InlineData("OpenAICompatible", null, null, "llama3", "Model:Endpoint is required when Model:Provider is OpenAICompatible")]
    [InlineData("OpenAICompatible", "localhost:11434", null, "llama3", "Model:Endpoint must be an absolute http:// or https:// URL")]
    [InlineData("OpenAICompatible", "http://localhost:11434/v1", null, null, "Model:ModelId is required when Model:Provider is OpenAICompatible")]
    [InlineData("OpenAI", null, null, "gpt-4o-mini", "Model:ApiKey is required when Model:Provider is OpenAI")]
    [InlineData("AzureOpenAI", "http://contoso.openai.azure.com", "key", "gpt4", "Model:Endpoint must be an absolute https:// URL for AzureOpenAI")]
    [InlineData("AzureOpenAI", null, "key", "gpt4", "Model:Endpoint is required when Model:Provider is AzureOpenAI")]
    public void ModelOptions_Invalid_FailsNamingTheKey(string provider, string? endpoint, string? apiKey, string? modelId, string expected)
    {
        using var services = PlanningServices.Build(new Dictionary<string, string?>
        {
            ["Model:Provider"] = provider,
            ["Model:Endpoint"] = endpoint,
            ["Model:ApiKey"] = apiKey,
            ["Model:ModelId"] = modelId,
        });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ModelOptions>>().Value);

        Assert.Contains(failure.Failures, message => message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ModelOptions_AttemptTimeoutOutOfRange_FailsNamingTheSetting()
    {
        using var services = PlanningServices.Build(new Dictionary<string, string?> { ["Model:AttemptTimeoutSeconds"] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ModelOptions>>().Value);

        Assert.Contains("AttemptTimeoutSeconds", failure.Message, StringComparison.Ordinal);
    }
}
