using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes are those of something no image of the operator's carries and no traffic reaches: a command-line tool run in
/// pipelines and on developers' machines (<see cref="Package.Tool"/>), a language toolchain apps are built with
/// (<see cref="Package.Toolchain"/>), a program installed from a package on hosts, such as a backup tool
/// (<see cref="Package.HostPackage"/>), or the controllers that manage clusters from a management cluster
/// (<see cref="Package.ClusterApi"/>). None of them is canaried on "10% of traffic" or watched by its 5xx rate.
/// </summary>
/// <remarks>
/// A command-line tool is known from how its users get it (three install channels or more: Homebrew, Scoop, winget, Nix,
/// krew …; "upgrade it using the method you used to install" it); a toolchain from its own build tool's subcommands
/// changing ("[mix compile] …", "[cargo test] …") with words only a compiler's notes use. An application that also ships a
/// CLI still speaks of its image, server, migrations or web UI, and stays an application.
/// </remarks>
internal sealed partial record PackagedRelease
{
    /// <summary>Install channels from which the notes are a tool's own (a release tool's publishers, a CLI's install paths).</summary>
    private const int ToolChannels = 3;

    /// <summary>A cluster-management controller set, a host-installed tool, a command-line tool or a toolchain; null when the notes are none of these.</summary>
    private static PackagedRelease? ReadNonImageTool(string notes, string? version)
    {
        if (ReadClusterApi(notes, version) is { } controllers)
        {
            return controllers;
        }

        if (ServiceWords().Matches(notes).Select(Family).Any(family => family is not ("port" or "config")) || StoredData().IsMatch(notes))
        {
            return null;
        }

        if (ReadHostPackage(notes, version) is { } host)
        {
            return host;
        }

        if (OwnBuildSubcommands(notes) >= 2 && CompilerWords().IsMatch(notes))
        {
            return new(Package.Toolchain, null, version);
        }

        var channels = InstallChannel().Matches(notes).Select(match => match.Value.ToLowerInvariant().Replace("homebrew", "brew", StringComparison.Ordinal)).Distinct().Count();
        return channels >= ToolChannels || SelfInstall().IsMatch(notes)
            ? new(Package.Tool, ToolName(notes), version ?? (UpgradedTool().Match(notes) is { Success: true, Groups: var groups } && groups["version"].Success ? groups["version"].Value : null))
            : null;
    }

    /// <summary>The tool's command as the notes tell users to upgrade or install it ("upgrade `goreleaser` to v2"), or null; its version when the notes give none elsewhere.</summary>
    private static string? ToolName(string notes) =>
        UpgradedTool().Match(notes) is { Success: true } match ? match.Groups["name"].Value : null;

    /// <summary>Distinct core subcommands of one build tool that the notes' items are filed under ("[mix compile]", "[mix test]").</summary>
    private static int OwnBuildSubcommands(string notes) =>
        BuildSubcommand().Matches(notes).GroupBy(match => match.Groups["tool"].Value, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.Select(match => match.Groups["sub"].Value.ToLowerInvariant()).Distinct().Count()).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Tables, columns or a database migration of the release's own: a library or service that ships a CLI beside it ("go
    /// install …/cmd/river@latest" to run its migrations) is still adopted as the library or the service.
    /// </summary>
    [GeneratedRegex(@"\btables?\b|\bcolumns?\b|\bdatabase\s+migrations?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StoredData();

    /// <summary>Where users install a command-line tool from: a package manager of developer machines or a plugin index.</summary>
    [GeneratedRegex(@"\b(?:homebrew|brew|scoop|winget|chocolatey|choco|krew|nix|aur|snapcraft|flatpak|asdf|mise)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex InstallChannel();

    /// <summary>"upgrade `x` to v2 using the method you used to install v1", "brew upgrade x", "go install …@v2", "download the new binary".</summary>
    [GeneratedRegex(@"\bmethod\s+you\s+used\s+to\s+install\b|\b(?:brew\s+(?:install|upgrade)|go\s+install|cargo\s+install|pipx\s+(?:install|upgrade))\s+[\w@./-]+|\bdownload\s+the\s+(?:new\s+|latest\s+)?binar(?:y|ies)\b|\bupgrade\s+the\s+CLI\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SelfInstall();

    [GeneratedRegex(@"\b(?:upgrade|update|install)\s+`(?<name>[a-z][\w.-]*)`\s+to\b(?:\s+(?<version>v?\d+(?:\.\d+){0,2})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex UpgradedTool();

    /// <summary>An item filed under a build tool's core subcommand: "* [mix compile] Enforce …", "- [cargo test] …".</summary>
    [GeneratedRegex(@"^\s*[*-]\s*\[(?<tool>[a-z][\w-]*)\s+(?<sub>compile|build|test|run|deps|format|fmt|vet|install|new|check|clean|release|doc)\]", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BuildSubcommand();

    /// <summary>What only a compiler's or language's notes say: compile time, the compiler, macros, syntax, warnings as errors.</summary>
    [GeneratedRegex(@"\bcompile[\s-]time\b|\bcompiler\b|\bwarnings?\s+as\s+errors\b|\bmacros?\b|\bsyntax\b|\bstandard\s+library\b|\btype\s+(?:checker|system|inference)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CompilerWords();
}
