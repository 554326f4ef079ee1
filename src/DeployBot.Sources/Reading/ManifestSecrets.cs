using System.Text.RegularExpressions;

namespace DeployBot.Sources.Reading;

/// <summary>
/// New environment variables and secrets a change introduces, read from the patches of changed manifests (Kubernetes,
/// Helm, Compose, <c>.env</c>): added <c>env:</c> entries (<c>- name: STRIPE_API_KEY</c>), the secrets they reference
/// (<c>secretKeyRef</c>, <c>secretRef</c>), and <c>KEY=value</c> or upper-case <c>KEY: value</c> settings. A name whose
/// line was also removed was only changed, not added.
/// </summary>
internal static partial class ManifestSecrets
{
    public static IReadOnlyList<string> Find(IEnumerable<(string Path, string? Patch)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var added = new List<string>();
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, patch) in files.Where(file => IsManifest(file.Path) && file.Patch is not null))
        {
            Read(patch!, added, removed);
        }

        return added.Where(name => !removed.Contains(name)).Distinct(StringComparer.Ordinal).ToArray();
    }

    public static bool IsManifest(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path).ToLowerInvariant();
        var yaml = name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal);
        return name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal)
            || (yaml && (name.Contains("compose", StringComparison.Ordinal) || name.StartsWith("values", StringComparison.Ordinal) || ManifestFolder().IsMatch(path)));
    }

    private static void Read(string patch, List<string> added, HashSet<string> removed)
    {
        var inSecretRef = false;
        foreach (var raw in patch.Split('\n'))
        {
            if (raw.StartsWith("+++", StringComparison.Ordinal) || raw.StartsWith("---", StringComparison.Ordinal) || raw.Length == 0)
            {
                continue;
            }

            var line = raw[1..].TrimEnd('\r');
            var names = Names(line, ref inSecretRef);
            switch (raw[0])
            {
                case '+':
                    added.AddRange(names);
                    break;
                case '-':
                    removed.UnionWith(names);
                    break;
            }
        }
    }

    private static List<string> Names(string line, ref bool inSecretRef)
    {
        var names = new List<string>();
        if (SecretRef().IsMatch(line))
        {
            inSecretRef = true;
            return names;
        }

        if (inSecretRef && RefName().Match(line) is { Success: true } secret)
        {
            names.Add(secret.Groups["name"].Value);
            inSecretRef = false;
            return names;
        }

        foreach (var pattern in new[] { EnvEntry(), Assignment(), UpperKey() })
        {
            if (pattern.Match(line) is { Success: true } match)
            {
                names.Add(match.Groups["name"].Value);
                break;
            }
        }

        return names;
    }

    [GeneratedRegex(@"(^|/)(k8s|kubernetes|manifests?|deploy(ment)?s?|charts?|helm|templates|kustomize|overlays|base)/", RegexOptions.IgnoreCase)]
    private static partial Regex ManifestFolder();

    [GeneratedRegex(@"^\s*-?\s*(secretKeyRef|secretRef)\s*:\s*$")]
    private static partial Regex SecretRef();

    [GeneratedRegex(@"^\s*name\s*:\s*[""']?(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)[""']?\s*$")]
    private static partial Regex RefName();

    [GeneratedRegex(@"^\s*-\s*name\s*:\s*[""']?(?<name>[A-Z][A-Z0-9_]*)[""']?\s*$")]
    private static partial Regex EnvEntry();

    [GeneratedRegex(@"^\s*(-\s*|export\s+)?[""']?(?<name>[A-Z][A-Z0-9_]*)=")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^\s*(?<name>[A-Z][A-Z0-9_]*[A-Z0-9])\s*:\s*\S")]
    private static partial Regex UpperKey();
}
