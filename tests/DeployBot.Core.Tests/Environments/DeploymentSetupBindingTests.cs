using DeployBot.Core.Environments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Tests.Environments;

/// <summary><c>Deployment:*</c> for every environment, <c>Environments:&lt;name&gt;:Deployment:*</c> overriding it key by key.</summary>
public sealed class DeploymentSetupBindingTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Deployment:Pipeline"] = ".github/workflows/deploy.yml",
        ["Deployment:Manifests"] = "deploy/helm/shop",
        ["Deployment:Migrations"] = "db/migrations/",
        ["Deployment:MigrationTool"] = "flyway",
        ["Deployment:FlagService"] = "LaunchDarkly",
        ["Deployment:Dashboards:0:Name"] = "Checkout latency",
        ["Deployment:Dashboards:0:Url"] = "https://grafana.example.com/d/checkout",
        ["Deployment:Runbook"] = "https://wiki.example.com/runbooks/deploy",
        ["Deployment:RollbackRunbook"] = "https://wiki.example.com/runbooks/rollback",
        ["Deployment:SmokeTests"] = "tests/smoke/run.sh",
        ["Environments:production:Deployment:Pipeline"] = ".github/workflows/deploy-prod.yml",
        ["Environments:production:Deployment:Dashboards:0:Name"] = "Prod overview",
        ["Environments:staging:Risk"] = "Low",
        ["Environments:dev:Risk"] = "Low",
    };

    [Fact]
    public void FromConfiguration_GlobalAndEnvironmentKeys_EnvironmentOverridesOnlyWhatItNames()
    {
        var catalog = EnvironmentCatalog.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());

        var production = catalog.Find("production")!.Setup;
        var staging = catalog.Find("staging")!.Setup;
        Assert.Equal(".github/workflows/deploy-prod.yml", production.Pipeline);
        Assert.Equal("deploy/helm/shop", production.Manifests);
        Assert.Equal([new DashboardLink("Prod overview", null)], production.Dashboards);
        Assert.Equal(".github/workflows/deploy.yml", staging.Pipeline);
        Assert.Equal("flyway", staging.MigrationTool);
        Assert.Equal("LaunchDarkly", staging.FlagService);
        Assert.Equal("tests/smoke/run.sh", staging.SmokeTests);
        Assert.Equal("https://wiki.example.com/runbooks/rollback", staging.RollbackRunbook);
        Assert.Equal([new DashboardLink("Checkout latency", "https://grafana.example.com/d/checkout")], staging.Dashboards);
    }

    [Fact]
    public void Catalog_FromTheContainer_CarriesTheSetupAndBindsDashboardsOnce()
    {
        using var services = Build(Settings);

        var staging = services.GetRequiredService<EnvironmentCatalog>().Find("staging")!;

        Assert.Single(staging.Setup.Dashboards);
        Assert.Equal("db/migrations/", staging.Setup.Migrations);
    }

    [Fact]
    public void Catalog_NothingConfigured_SetupIsNone()
    {
        var catalog = new EnvironmentCatalog(new Dictionary<string, EnvironmentOptions> { ["staging"] = new() });

        Assert.True(catalog.Find("staging")!.Setup.IsEmpty);
        Assert.Same(DeploymentSetup.None, catalog.Find("staging")!.Setup);
    }

    [Fact]
    public void Validation_DashboardWithoutNameOrWithRelativeUrl_NamesTheKeys()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Environments:staging:Risk"] = "Low",
            ["Deployment:Dashboards:0:Url"] = "grafana/d/checkout",
            ["Environments:staging:Deployment:Dashboards:0:Url"] = "https://grafana.example.com/d/x",
        });

        var global = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DeploymentOptions>>().Value);
        var perEnvironment = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<Dictionary<string, EnvironmentOptions>>>().Value);

        Assert.Contains(global.Failures, failure => failure.StartsWith("Deployment:Dashboards:0:Name is empty", StringComparison.Ordinal));
        Assert.Contains(global.Failures, failure => failure.StartsWith("Deployment:Dashboards:0:Url is 'grafana/d/checkout'", StringComparison.Ordinal));
        Assert.Contains(perEnvironment.Failures, failure => failure.StartsWith("Environments:staging:Deployment:Dashboards:0:Name is empty", StringComparison.Ordinal));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddDeployBotCore();
        return builder.Services.BuildServiceProvider();
    }
}
