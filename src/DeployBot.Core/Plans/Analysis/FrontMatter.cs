using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// A release-notes page of a static site (Hugo, Jekyll) starts with a front-matter block between "+++" or "---" lines:
/// <c>title = "CoreDNS-1.14.6 Release"</c>, <c>tags = [...]</c>, <c>date = ...</c>. Its lines are not release items
/// (a "release = ..." line read as a configuration change), but its title names the version, so it becomes the heading.
/// </summary>
internal static partial class FrontMatter
{
    public static string Strip(string notes)
    {
        // Only a block that carries a page's fields, so notes that merely open with a "---" rule keep their items.
        var match = Block().Match(notes);
        if (!match.Success || !PageField().IsMatch(match.Groups["body"].Value))
        {
            return notes;
        }

        var title = Title().Match(match.Groups["body"].Value);
        var heading = title.Success ? "# " + title.Groups["title"].Value.Trim() + "\n\n" : string.Empty;
        return heading + notes[match.Length..];
    }

    [GeneratedRegex(@"\A\s*(?<fence>\+\+\+|---)[ \t]*\r?\n(?<body>(?:(?!\k<fence>)[^\n]*\n){1,40}?)\k<fence>[ \t]*(?:\r?\n|\z)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Block();

    [GeneratedRegex(@"^\s*(?:title|date|tags|release|version|draft|layout|weight|slug|author)\s*[=:]", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase, MatchBudget.Milliseconds)]
    private static partial Regex PageField();

    [GeneratedRegex(@"^\s*title\s*[=:]\s*[""']?(?<title>[^""'\r\n]+)", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase, MatchBudget.Milliseconds)]
    private static partial Regex Title();
}
