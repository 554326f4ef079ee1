using DeployBot.Sources.Options;
using Microsoft.Extensions.Configuration;

namespace DeployBot.Sources.Tests.Options;

public sealed class SourcesOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = CreateSut(new ConfigurationBuilder().Build()).Validate(null, new SourcesOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_TokenInAConfigurationFile_FailsNamingTheEnvironmentVariable()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sources-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "Sources": { "GitHub": { "Token": "ghp_inTheFile" } } }""");
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();
            var options = configuration.GetSection("Sources").Get<SourcesOptions>()!;

            var result = CreateSut(configuration).Validate(null, options);

            var failure = Assert.Single(result.Failures!);
            Assert.Equal("Sources:GitHub:Token is set in a configuration file; remove it there and set the environment variable Sources__GitHub__Token instead.", failure);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_TokenFromTheEnvironment_Succeeds()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sources:GitLab:Token"] = "glpat-x" }).Build();

        var result = CreateSut(configuration).Validate(null, configuration.GetSection("Sources").Get<SourcesOptions>()!);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_BadValues_OneLineEach()
    {
        var options = new SourcesOptions { AllowedHosts = ["https://raw.example.com/"], TimeoutSeconds = 0 };
        options.GitLab.ApiBaseUrl = "gitlab.example.com/api/v4";
        options.GitHub.WebHosts = ["github.example.com/acme"];

        var failures = CreateSut(new ConfigurationBuilder().Build()).Validate(null, options).Failures!.ToList();

        Assert.Equal(4, failures.Count);
        Assert.Contains("Sources:GitLab:ApiBaseUrl is 'gitlab.example.com/api/v4'; set it to the API's absolute URL (e.g. https://gitlab.com/api/v4/).", failures);
        Assert.Contains("Sources:AllowedHosts has 'https://raw.example.com/'; list bare host names (raw.githubusercontent.com), without scheme or path.", failures);
        Assert.Contains("Sources:GitHub:WebHosts has 'github.example.com/acme'; list bare host names (raw.githubusercontent.com), without scheme or path.", failures);
        Assert.Contains("Sources:TimeoutSeconds is 0; set it between 1 and 60.", failures);
    }

    private static SourcesOptionsValidator CreateSut(IConfiguration configuration) => new(configuration);
}
