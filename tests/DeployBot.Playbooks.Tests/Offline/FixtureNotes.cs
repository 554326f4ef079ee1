using System.Text.Json;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>The release notes of Core.Tests' labelled fixtures (copied beside this assembly): each file's note and the names its author listed.</summary>
internal static class FixtureNotes
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The fixture files of one set ("." for the main set), in name order, without the README.</summary>
    public static string[] Files(string set) =>
        [.. Directory.GetFiles(Path.Combine(Folder, set), "*.md").Where(file => !file.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The note (the text after the front matter) and the front matter's <c>names</c> list, empty when it has none.</summary>
    public static (IReadOnlyList<string> Names, string Notes) Read(string file)
    {
        var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var names = lines.Take(end).FirstOrDefault(line => line.StartsWith("names:", StringComparison.Ordinal)) is { } line
            ? JsonSerializer.Deserialize<string[]>(line["names:".Length..]) ?? []
            : [];
        return (names, string.Join('\n', lines.Skip(end + 1)).Trim());
    }
}
