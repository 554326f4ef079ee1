using DeployBot.Core.Environments;
using Microsoft.Extensions.Configuration;

namespace DeployBot.Core.Tests.Environments;

public sealed class EnvironmentCatalogTests
{
    [Theory]
    [InlineData("production")]
    [InlineData("PROD")]
    [InlineData(" prod ")]
    public void Find_NameOrAliasInAnyCase_FindsTheEnvironment(string typed)
    {
        var catalog = CreateSut();

        Assert.Equal("production", catalog.Find(typed)?.Name);
    }

    [Theory]
    [InlineData("prd")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_UnknownName_ReturnsNull(string? typed)
    {
        Assert.Null(CreateSut().Find(typed));
    }

    [Fact]
    public void Describe_ListsEnvironmentsByNameWithAliases()
    {
        Assert.Equal("production (alias prod), staging (alias stage, stg)", CreateSut().Describe());
    }

    [Fact]
    public void FromConfiguration_EnvironmentsSection_ReadsAliasesRiskAndRequireWindow()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Environments:production:Aliases:0"] = "prod",
            ["Environments:production:Risk"] = "High",
            ["Environments:production:RequireWindow"] = "true",
            ["Environments:staging:Risk"] = "Low",
        }).Build();

        var catalog = EnvironmentCatalog.FromConfiguration(configuration);

        var production = catalog.Find("prod");
        Assert.NotNull(production);
        Assert.True(production.RequireWindow);
        Assert.Equal(RiskLevel.High, production.Risk);
        Assert.Equal(RiskLevel.Low, catalog.Find("staging")?.Risk);
        Assert.Equal("production (alias prod), staging", catalog.Describe());
    }

    private static EnvironmentCatalog CreateSut() => new(new Dictionary<string, EnvironmentOptions>
    {
        ["staging"] = new() { Aliases = ["stage", "stg"] },
        ["production"] = new() { Aliases = ["prod"], Risk = RiskLevel.High, RequireWindow = true },
    });
}
