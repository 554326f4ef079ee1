using System.Text.RegularExpressions;

namespace DeployBot.Host.Tests.Infra;

/// <summary>No Docker engine runs here, so the Dockerfile stays honest by agreeing with what CI runs (<c>.ci/publish-check</c>).</summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = RepositoryFiles.Text("Dockerfile");

    [Fact]
    public void PublishCommand_IsTheOnePublishCheckRuns()
    {
        var script = RepositoryFiles.Text(".ci/publish-check");
        var ciCommand = PublishCheckCommand().Match(script).Groups["command"].Value;

        Assert.StartsWith("dotnet publish ", ciCommand, StringComparison.Ordinal);
        Assert.Matches($@"(?m)^RUN {Regex.Escape(ciCommand)} /app/publish\s*$", Dockerfile);
        Assert.Contains("$PUBLISH_COMMAND \"$work/publish\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void CiRun_CallsPublishCheck_BeforeTheTests()
    {
        var run = RepositoryFiles.Text(".ci/run");

        var check = run.IndexOf(".ci/publish-check", StringComparison.Ordinal);
        var tests = run.IndexOf("\ndotnet test DeployBot.sln", StringComparison.Ordinal);

        Assert.True(check >= 0 && tests > check, ".ci/run must call .ci/publish-check before `dotnet test DeployBot.sln`");
    }

    [Fact]
    public void RuntimeStage_RunsAsNonRoot_WithHealthcheckVerbAndDataVolume()
    {
        var runtime = Dockerfile[Dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];
        var volume = Regex.Match(runtime, @"VOLUME \[""(?<path>[^""]+)""\]").Groups["path"].Value;

        Assert.Matches(@"(?m)^USER (?!root)\S+\s*$", runtime);
        Assert.Matches(@"(?m)^HEALTHCHECK .*\\\s*\n\s*CMD \[""dotnet"", ""DeployBot.Host.dll"", ""healthcheck""\]", runtime);
        Assert.Contains($"Data Source={volume}/", runtime, StringComparison.Ordinal);
        Assert.Contains("mcr.microsoft.com/dotnet/aspnet:10.0", runtime, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?m)^PUBLISH_COMMAND=""(?<command>[^""]+)""")]
    private static partial Regex PublishCheckCommand();
}
