using DeployBot.Host.Tests.Infra;

namespace DeployBot.Host.Tests.Playground;

/// <summary>
/// Where Microsoft 365 Agents Playground is: Node.js on PATH (or <c>DEPLOYBOT_NODE</c>) and the npm package that
/// <c>npm ci</c> installs in <see cref="Folder"/> (pinned by its package-lock.json; <c>.ci/services.sh</c> runs it).
/// Without them the Playground test skips with the reason, except in CI (<c>CI=true</c>), where it must run.
/// </summary>
internal sealed record AgentsPlaygroundInstall(string Node, string Cli, string ConfigFile)
{
    public const string Folder = "tests/DeployBot.Host.Tests/Playground/AgentsPlayground";

    public const string ConfigFileName = ".m365agentsplayground.yml";

    /// <summary>The Playground's config, in the repository: the tenant, the bot, the current user, 5 users, one team with one channel.</summary>
    public static string ConfigPath => RepositoryFiles.PathOf($"{Folder}/{ConfigFileName}");

    /// <summary>The install, or the reason it is missing (in CI a missing install throws instead).</summary>
    public static (AgentsPlaygroundInstall? Install, string? SkipReason) Find()
    {
        var node = FindNode();
        var cli = RepositoryFiles.PathOf($"{Folder}/node_modules/@microsoft/m365agentsplayground/cli.js");
        string? reason = null;
        if (node is null)
        {
            reason = "Node.js is not on PATH (install nodejs, or set DEPLOYBOT_NODE); the Agents Playground runs on it.";
        }
        else if (!File.Exists(cli))
        {
            reason = $"Microsoft 365 Agents Playground is not installed: run `npm ci` in {Folder} (.ci/run does).";
        }

        if (reason is null)
        {
            return (new AgentsPlaygroundInstall(node!, cli, ConfigPath), null);
        }

        return string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException(reason + " CI must run the Agents Playground test (install_playground in .ci/services.sh).")
            : (null, reason);
    }

    private static string? FindNode()
    {
        if (Environment.GetEnvironmentVariable("DEPLOYBOT_NODE") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);
    }
}
