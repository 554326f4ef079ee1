using System.Reflection;
using DeployBot.Core.Environments;

namespace DeployBot.Host.Tests.Infra;

/// <summary>
/// The configuration keys the host reads: every options class in DeployBot's assemblies that declares a
/// <c>SectionName</c> (found by reflection, so a new section counts without editing this), its bindable properties,
/// and <c>Environments:&lt;name&gt;:…</c> bound to <see cref="EnvironmentOptions"/>. Plus the few keys the framework reads.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>Keys read by ASP.NET Core, logging and OpenTelemetry rather than by an options class of ours.</summary>
    private static readonly string[] FrameworkPrefixes = ["ASPNETCORE_", "DOTNET_", "OTEL_", "Logging", "AllowedHosts", "urls"];

    private static readonly Lazy<Dictionary<string, Type>> Sections = new(FindSections);

    /// <summary>Why <paramref name="key"/> (<c>A:B:C</c>, or an environment variable <c>A__B__C</c>) is not read, or null when it is.</summary>
    public static string? Problem(string key)
    {
        var parts = key.Replace("__", ":", StringComparison.Ordinal).Split(':');
        if (FrameworkPrefixes.Any(prefix => parts[0].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (parts[0].Equals(EnvironmentOptions.SectionName, StringComparison.OrdinalIgnoreCase))
        {
            return parts.Length < 3 ? null : Walk(typeof(EnvironmentOptions), parts[2..], key);
        }

        return Sections.Value.TryGetValue(parts[0], out var type)
            ? Walk(type, parts[1..], key)
            : $"{key}: no options class binds the section '{parts[0]}' (known: {string.Join(", ", Sections.Value.Keys.Order(StringComparer.Ordinal))})";
    }

    private static string? Walk(Type type, string[] path, string key)
    {
        foreach (var name in path)
        {
            if (type.IsArray || int.TryParse(name, out _))
            {
                type = type.IsArray ? type.GetElementType()! : type;
                continue;
            }

            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
            {
                return $"{key}: {type.Name} has no settable property '{name}'";
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return null;
    }

    private static Dictionary<string, Type> FindSections()
    {
        var host = typeof(DeployBot.Host.Operations.TelemetryOptions).Assembly;
        var assemblies = host.GetReferencedAssemblies()
            .Where(name => name.Name?.StartsWith("DeployBot.", StringComparison.Ordinal) == true)
            .Select(Assembly.Load)
            .Append(host);
        var sections = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()).Where(t => t.IsClass && !t.IsAbstract))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string section
                && type != typeof(EnvironmentOptions))
            {
                sections[section] = type;
            }
        }

        return sections;
    }
}
