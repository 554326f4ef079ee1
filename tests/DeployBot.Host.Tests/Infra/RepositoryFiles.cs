using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace DeployBot.Host.Tests.Infra;

/// <summary>Finds the repository from the test's output folder and reads its YAML and JSON files as <see cref="JsonNode"/> trees.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every YAML and JSON file under <c>infra/</c>, relative to the repository root with '/' separators.</summary>
    public static IReadOnlyList<string> InfraDocuments() =>
        [.. Directory.EnumerateFiles(PathOf("infra"), "*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".yaml" or ".yml" or ".json")
            .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The documents of a YAML or JSON file (a JSON file is one document).</summary>
    public static IReadOnlyList<JsonNode> Documents(string relative)
    {
        var text = Text(relative);
        if (relative.EndsWith(".json", StringComparison.Ordinal))
        {
            return [JsonNode.Parse(text) ?? throw new InvalidDataException($"{relative} is empty.")];
        }

        var deserializer = new DeserializerBuilder().Build();
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        var documents = new List<JsonNode>();
        while (parser.Accept<DocumentStart>(out _))
        {
            var value = deserializer.Deserialize<object>(parser);
            if (ToJson(value) is { } node)
            {
                documents.Add(node);
            }
        }

        return documents;
    }

    /// <summary>The single document of a file.</summary>
    public static JsonNode Document(string relative) => Assert.Single(Documents(relative));

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        Dictionary<object, object?> map => new JsonObject(map.Select(pair => KeyValuePair.Create(Convert.ToString(pair.Key, System.Globalization.CultureInfo.InvariantCulture)!, ToJson(pair.Value)))),
        List<object?> list => new JsonArray([.. list.Select(ToJson)]),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DeployBot.sln")))
            {
                return directory.FullName;
            }
        }

        // Outside the tree (a private --artifacts-path): the source path this file was compiled from.
        return FindFromSource();
    }

    private static string FindFromSource([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var directory = new FileInfo(source).Directory; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DeployBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("DeployBot.sln was not found above the test's output folder or its source.");
    }
}
