using DeployBot.Core.Conversations;
using DeployBot.Core.Environments;
using DeployBot.Core.Jobs;
using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;
using DeployBot.Core.Tests.TestDoubles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Tests.Conversations;

public sealed class CoreRegistrationTests
{
    [Fact]
    public void AddDeployBotCore_WithStoresAndPlanner_BuildsWithScopeValidationAndServesTheEngine()
    {
        using var host = Build(new Dictionary<string, string?>(TestEnvironments.Settings));

        using var scope = host.Services.CreateScope();

        Assert.IsType<ConversationEngine>(scope.ServiceProvider.GetRequiredService<IConversationEngine>());
        Assert.IsType<StaticOnCallResolver>(host.Services.GetRequiredService<IOnCallResolver>());
        Assert.Contains(host.Services.GetServices<IHostedService>(), service => service is PlanJobWorker);
        var catalog = host.Services.GetRequiredService<EnvironmentCatalog>();
        Assert.Equal("production", catalog.Find("PROD")?.Name);
        Assert.True(catalog.Find("production")!.RequireWindow);
    }

    [Fact]
    public void AddDeployBotCore_InvalidJobSettings_FailsAtStartNamingTheSetting()
    {
        var settings = new Dictionary<string, string?>(TestEnvironments.Settings) { ["Jobs:Concurrency"] = "0" };
        using var host = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<JobOptions>>().Value);

        Assert.Contains("Concurrency", error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        builder.Services.AddLogging();
        builder.AddDeployBotCore();
        var world = new World();
        builder.Services.AddSingleton<IPlanStore>(world.Plans);
        builder.Services.AddSingleton<IJobQueue>(world.Queue);
        builder.Services.AddSingleton<IPendingRequestStore>(world.Pending);
        builder.Services.AddSingleton<IAuditLog>(world.Audit);
        builder.Services.AddSingleton<IChecklistStore>(world.Checklists);
        builder.Services.AddSingleton<IDeliveryDeduplicator>(world.Deliveries);
        builder.Services.AddSingleton<IDeploymentPlanner>(world.Planner);
        builder.Services.AddSingleton<IPlanAssistant>(world.Assistant);
        builder.Services.AddSingleton(world.RollbackPlanner);
        return builder.Build();
    }
}
