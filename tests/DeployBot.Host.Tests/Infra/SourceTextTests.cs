namespace DeployBot.Host.Tests.Infra;

/// <summary>
/// No C# source holds a control character. A pattern edited through a tool that read "\b" or "\n" as an escape held a
/// literal backspace or line break instead: the regex compiled and silently never matched (a config pattern, the later
/// keys' "it" and "again", a bare URL in the notes). Three times so far; this catches the fourth.
/// </summary>
public sealed class SourceTextTests
{
    [Fact]
    public void CSharpSources_HoldNoControlCharacters()
    {
        var offending = new[] { "src", "tests", "benchmarks" }.Select(RepositoryFiles.PathOf).Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadAllLines(path).Select((line, index) => (path, line, index)))
            .Where(entry => entry.line.Any(c => char.IsControl(c) && c != '\t' && c != '\r'))
            .Select(entry => $"{Path.GetRelativePath(RepositoryFiles.Root, entry.path)}:{entry.index + 1}")
            .ToArray();

        Assert.True(offending.Length == 0, "Control characters (a \\b or \\n written as the character itself?) in: " + string.Join(", ", offending));
    }
}
