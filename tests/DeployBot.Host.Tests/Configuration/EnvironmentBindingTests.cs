using DeployBot.Core.Environments;
using DeployBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Host.Tests.Configuration;

public sealed class EnvironmentBindingTests
{
    [Fact]
    public void EnvironmentCatalog_InTheComposedHost_ListsEachAliasOnce()
    {
        using var app = new DeployBotApplication(new Dictionary<string, string?>
        {
            ["Environments:production:Aliases:0"] = "prod",
            ["Environments:production:AllowedUsers:0"] = "U0RELEASE",
        });

        var catalog = app.Services.GetRequiredService<EnvironmentCatalog>();

        var production = catalog.Find("prod");
        Assert.NotNull(production);
        Assert.Equal(["prod"], production.Aliases);
        Assert.Equal(["U0RELEASE"], production.Options.AllowedUsers);
        Assert.Contains("production (alias prod)", catalog.Describe(), StringComparison.Ordinal);
    }
}
