using DeployBot.Testing.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeployBot.Planning.Tests.Support;

/// <summary>The real AddDeploymentPlanning() wiring, configured for the loopback fake model with short timings.</summary>
internal static class PlanningServices
{
    public const string ModelId = "fake-model";
    public const string ApiKey = "sk-test-0123456789abcdef";

    public static ServiceProvider ForFake(FakeChatCompletionServer server, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Model:Provider"] = "OpenAICompatible",
            ["Model:Endpoint"] = server.BaseUrl.ToString(),
            ["Model:ModelId"] = ModelId,
            ["Model:ApiKey"] = ApiKey,
            ["Model:AttemptTimeoutSeconds"] = "5",
            ["Model:MaxAttempts"] = "3",
            ["Model:TotalTimeoutSeconds"] = "30",
            ["Model:RetryBaseDelayMilliseconds"] = "10",
            ["Model:CircuitBreakerMinimumThroughput"] = "10",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return Build(settings);
    }

    public static ServiceProvider Build(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddDeploymentPlanning();
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
