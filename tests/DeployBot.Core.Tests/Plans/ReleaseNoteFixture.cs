using System.Text.RegularExpressions;
using DeployBot.Core.Plans;

namespace DeployBot.Core.Tests.Plans;

/// <summary>
/// A real changelog excerpt under Plans/ReleaseNotes with its expectations in header comments:
/// <c>&lt;!-- source: ... --&gt;</c>, <c>&lt;!-- risks: schema, auth --&gt;</c>, <c>&lt;!-- kind: normal --&gt;</c>, optional notes.
/// </summary>
internal sealed partial record ReleaseNoteFixture(string Notes, IReadOnlyList<RiskArea> Risks, ReleaseKind Kind)
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Plans", "ReleaseNotes");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static ReleaseNoteFixture Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var headers = Header().Matches(text).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim());
        Assert.True(headers.ContainsKey("source"), $"{name} must name its source repository and path");
        var risks = headers["risks"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => Enum.Parse<RiskArea>(word, ignoreCase: true))
            .Order()
            .ToArray();
        var notes = Header().Replace(text, string.Empty).Trim();
        return new ReleaseNoteFixture(notes, risks, Enum.Parse<ReleaseKind>(headers["kind"], ignoreCase: true));
    }

    [GeneratedRegex(@"^<!--\s*(?<key>source|risks|kind|note):(?<value>.*?)-->\s*$\n?", RegexOptions.Multiline)]
    private static partial Regex Header();
}
