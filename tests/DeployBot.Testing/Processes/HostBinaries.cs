namespace DeployBot.Testing.Processes;

/// <summary>
/// Finds the built DeployBot host (<c>DeployBot.Host.dll</c> with its runtimeconfig and deps files) to run with
/// <c>dotnet</c>. A test project that references DeployBot.Host has it in its own output folder; otherwise the host's
/// own output folder beside it under the artifacts path (<c>bin/DeployBot.Host/&lt;configuration&gt;/</c>) is used.
/// </summary>
public static class HostBinaries
{
    public const string AssemblyName = "DeployBot.Host";

    /// <summary>Overrides the search: a folder holding <c>DeployBot.Host.dll</c>.</summary>
    public const string EnvironmentVariable = "DEPLOYBOT_HOST_DIR";

    /// <summary>The full path of <c>DeployBot.Host.dll</c>; throws, naming every place looked, when it is nowhere.</summary>
    public static string FindHostDll()
    {
        var looked = new List<string>();
        foreach (var folder in Candidates())
        {
            var dll = Path.Combine(folder, AssemblyName + ".dll");
            looked.Add(folder);
            if (IsRunnable(folder))
            {
                return dll;
            }
        }

        throw new FileNotFoundException(
            $"{AssemblyName}.dll with its .runtimeconfig.json and .deps.json was not found. Build the host (or a test project "
            + $"that references it), or set {EnvironmentVariable}. Looked in: {string.Join("; ", looked)}");
    }

    private static bool IsRunnable(string folder) =>
        File.Exists(Path.Combine(folder, AssemblyName + ".dll"))
        && File.Exists(Path.Combine(folder, AssemblyName + ".runtimeconfig.json"))
        && File.Exists(Path.Combine(folder, AssemblyName + ".deps.json"));

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            yield return Path.GetFullPath(configured);
        }

        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        yield return here;

        // Artifacts layout: <artifacts>/bin/<Project>/<configuration>[_<tfm>]/ — the host sits in a sibling project folder.
        var configuration = Path.GetFileName(here);
        var binRoot = Path.GetDirectoryName(Path.GetDirectoryName(here));
        if (binRoot is not null)
        {
            yield return Path.Combine(binRoot, AssemblyName, configuration);
        }

        // Classic layout: <repo>/tests/<Project>/bin/<configuration>/<tfm>/ → <repo>/src/DeployBot.Host/bin/<configuration>/<tfm>/.
        var tfm = Path.GetFileName(here);
        var configurationFolder = Path.GetDirectoryName(here);
        var repo = configurationFolder is null ? null : Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(configurationFolder))));
        if (repo is not null && configurationFolder is not null)
        {
            yield return Path.Combine(repo, "src", AssemblyName, "bin", Path.GetFileName(configurationFolder), tfm);
        }
    }
}
