using DeployBot.Host.Tests.Operations.Support;

namespace DeployBot.Host.Tests.Operations;

/// <summary>
/// A bad setting stops the real host (a process configured through environment variables, as in a container) with
/// exit code 1 and one "DeployBot cannot start: …" line per problem that names the key and the fix; no stack trace.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class ConfigurationValidationTests
{
    private const string Prefix = "DeployBot cannot start: ";

    private static readonly Dictionary<string, string?> Slack = new()
    {
        ["Slack:SigningSecret"] = "0123456789abcdef0123456789abcdef",
        ["Slack:BotToken"] = "xoxb-1-2-validation",
    };

    [Fact]
    public async Task Start_SlackBotTokenWithoutSigningSecret_StopsNamingSigningSecret()
    {
        var lines = await RefusalAsync(new() { ["Slack:BotToken"] = "xoxb-1-2-half" });

        var line = Assert.Single(lines);
        Assert.Contains("Slack:SigningSecret", line, StringComparison.Ordinal);
        Assert.Contains("Slack:BotToken", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SlackSigningSecretWithoutBotToken_StopsNamingBotToken()
    {
        var lines = await RefusalAsync(new() { ["Slack:SigningSecret"] = "only-the-secret" });

        Assert.Contains("Slack:BotToken", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TeamsAppIdWithoutPassword_StopsNamingAppPassword()
    {
        var lines = await RefusalAsync(new() { ["Teams:AppId"] = "00000000-0000-0000-0000-000000000001" });

        Assert.Equal(
            Prefix + "Teams:AppId is set but Teams:AppPassword is empty: set Teams__AppPassword to the app registration's client secret, or clear Teams:AppId to run in local emulator mode.",
            Assert.Single(lines));
    }

    [Fact]
    public async Task Start_SlackEnabledAndAnEnvironmentWithoutSlackChannel_StopsNamingThatEnvironmentsKey()
    {
        var lines = await RefusalAsync(new(Slack) { ["Environments:production:ReleaseChannel:Slack"] = string.Empty });

        Assert.Equal(
            Prefix + "Environments:production:ReleaseChannel:Slack is empty but Slack is enabled; set it to the channel id (C…) from the channel's details.",
            Assert.Single(lines));
    }

    [Fact]
    public async Task Start_TeamsEnabledAndAnEnvironmentWithoutTeamsChannel_StopsNamingThatEnvironmentsKey()
    {
        var lines = await RefusalAsync(new()
        {
            ["Teams:AppId"] = "00000000-0000-0000-0000-000000000001",
            ["Teams:AppPassword"] = "app-password-for-validation",
            ["Environments:staging:ReleaseChannel:Teams"] = " ",
        });

        Assert.Equal(
            Prefix + "Environments:staging:ReleaseChannel:Teams is empty but Teams is enabled; set it to the channel id (19:…@thread.tacv2) from the channel's link.",
            Assert.Single(lines));
    }

    [Fact]
    public async Task Start_UnknownModelProvider_StopsListingTheSupportedOnes()
    {
        var lines = await RefusalAsync(new() { ["Model:Provider"] = "Gpt5Cloud" });

        Assert.Equal(Prefix + "Model:Provider 'Gpt5Cloud' is not supported; use Offline, OpenAI, AzureOpenAI or OpenAICompatible.", Assert.Single(lines));
    }

    [Fact]
    public async Task Start_UnknownStorageProvider_StopsListingTheSupportedOnes()
    {
        var lines = await RefusalAsync(new() { ["Storage:Provider"] = "Mongo" });

        var line = Assert.Single(lines);
        Assert.StartsWith(Prefix + "Storage:Provider is 'Mongo'; it must be 'Sqlite'", line, StringComparison.Ordinal);
        Assert.Contains("'Postgres'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OutOfRangeNumber_StopsNamingTheSectionAndKey()
    {
        var lines = await RefusalAsync(new() { ["Model:MaxAttempts"] = "0" });

        Assert.Equal(Prefix + "Model:MaxAttempts: The field MaxAttempts must be between 1 and 10.", Assert.Single(lines));
    }

    [Fact]
    public async Task Start_UnknownRiskLevel_StopsRatherThanFallingBackToMedium()
    {
        var lines = await RefusalAsync(new() { ["Environments:production:Risk"] = "Extreme" });

        Assert.Equal(Prefix + "Environments:production:Risk is 'Extreme'; set it to Low, Medium or High.", Assert.Single(lines));
    }

    [Fact]
    public async Task Start_UnconvertibleNumber_StopsNamingTheKeyAndItsEnvironmentVariable()
    {
        var lines = await RefusalAsync(new() { ["Jobs:Concurrency"] = "four" });

        Assert.Equal(
            Prefix + "Jobs:Concurrency could not be read as a whole number; fix its value in appsettings.json or the environment variable Jobs__Concurrency.",
            Assert.Single(lines));
    }

    [Fact]
    public async Task Start_SqliteFileHeldByAnotherHost_SecondHostStopsWithOneLineNamingTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "deploybot-ops", Guid.NewGuid().ToString("N"), "deploybot.db");
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={file}" };
        await using var first = HostProcess.Start(settings);
        await first.WaitUntilListeningAsync(TestContext.Current.CancellationToken);
        await using var second = HostProcess.Start(settings);

        var exitCode = await second.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(exitCode == 1, $"exit code {exitCode}. {second.Transcript}");
        var line = Assert.Single(second.Errors);
        Assert.StartsWith($"{Prefix}the SQLite database {file} is in use by another DeployBot host", line, StringComparison.Ordinal);
        Assert.Null(first.ExitCode);
    }

    [Fact]
    public async Task Start_ProblemsInSeveralSections_StopsWithOneLineEach()
    {
        var lines = await RefusalAsync(new() { ["Model:Provider"] = "Gpt5Cloud", ["Storage:Provider"] = "Mongo", ["Teams:AppId"] = "app-id-only" });

        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, line => line.Contains("Model:Provider", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Storage:Provider", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Teams:AppPassword", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_BadSourcesAndDeploymentSettings_StopsWithOneLineEach()
    {
        var lines = await RefusalAsync(new()
        {
            ["Sources:AllowedHosts:0"] = "https://raw.example.com/",
            ["Deployment:Dashboards:0:Name"] = "Checkout latency",
            ["Deployment:Dashboards:0:Url"] = "grafana/checkout",
        });

        Assert.Equal(2, lines.Count);
        Assert.Contains(Prefix + "Sources:AllowedHosts has 'https://raw.example.com/'; list bare host names (raw.githubusercontent.com), without scheme or path.", lines);
        Assert.Contains(Prefix + "Deployment:Dashboards:0:Url is 'grafana/checkout'; set it to an absolute https:// address.", lines);
    }

    [Fact]
    public async Task Start_CompleteSlackConfiguration_StartsAndAnswersHealth()
    {
        await using var host = HostProcess.Start(Slack);

        await host.WaitUntilListeningAsync(TestContext.Current.CancellationToken);
        using var client = host.CreateClient();
        using var health = await client.GetAsync(new Uri("healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(health.IsSuccessStatusCode, host.Transcript);
        Assert.DoesNotContain(host.Errors, line => line.StartsWith(Prefix, StringComparison.Ordinal));
    }

    /// <summary>Starts the host, expects it to stop with exit code 1, and returns its "cannot start" lines (asserting nothing else went to stderr).</summary>
    private static async Task<IReadOnlyList<string>> RefusalAsync(Dictionary<string, string?> settings)
    {
        await using var host = HostProcess.Start(settings);

        var exitCode = await host.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(exitCode == 1, $"exit code {exitCode}. {host.Transcript}");
        Assert.All(host.Errors, line => Assert.StartsWith(Prefix, line, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        return host.Errors;
    }
}
