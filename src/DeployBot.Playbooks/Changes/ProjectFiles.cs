namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Files a project ships about itself: its chart's metadata (<c>Chart.yaml</c>), its package manifest or lock file
/// (<c>go.mod</c>, <c>Cargo.toml</c>, <c>package.json</c>, <c>*.gemspec</c>) and its sample configuration
/// (<c>*.sample</c>, <c>*.example</c>). A release that names one changed it in its own repository; it is never the
/// operator's values or config file, and <c>helm upgrade -f Chart.yaml</c> would reset every value the operator set.
/// </summary>
internal static class ProjectFiles
{
    private static readonly HashSet<string> Own = new(StringComparer.OrdinalIgnoreCase)
    {
        "Chart.yaml", "Chart.yml", "Chart.lock", "requirements.lock", "values.schema.json",
        "go.mod", "go.sum", "Cargo.toml", "Cargo.lock", "package.json", "package-lock.json", "yarn.lock", "pnpm-lock.yaml",
        "pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "Pipfile.lock", "poetry.lock", "Gemfile", "Gemfile.lock",
        "composer.json", "composer.lock", "pom.xml", "build.gradle", "build.gradle.kts", "mix.exs", "Directory.Build.props",
    };

    private static readonly string[] OwnEndings = [".gemspec", ".csproj", ".sample", ".example", ".dist", ".tmpl", ".template"];

    public static bool IsProjectOwn(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.Trim('`', '"', '\'')[(path.Trim('`', '"', '\'').LastIndexOf('/') + 1)..];
        return Own.Contains(name) || OwnEndings.Any(end => name.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            || name.Contains(".sample.", StringComparison.OrdinalIgnoreCase) || name.Contains(".example.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The item is about a file of the project's own ("the `apiVersion` for the `Chart.yaml` is now `v2`", "Specify
    /// `kubeVersion` in `Chart.yaml`") and names no config file of the operator's: nothing in it is a setting to apply.
    /// </summary>
    public static bool AboutOwnFile(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var files = NotesFacts.NamesIn(item).Where(NotesFacts.IsFilePath).ToArray();
        return files.Any(IsProjectOwn) && files.All(IsProjectOwn);
    }
}
