using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Version pairs that are not the operator's values: a dependency the project bumped ("chore: bump containerd from 1.7.31
/// to 1.7.32", "openai: 1.102.0 → 2.7.1" under "update the provider SDKs"), a raised floor ("Minimal PHP version was
/// increased from 7.3 to 7.4") and a version range ("from 3.12.2/3 to 3.12.4+"). Going back means the previous release,
/// which brings its own dependencies; nobody sets containerd back to 1.7.31 or PHP back to 7.3 by hand.
/// </summary>
internal static partial class BeforeAfter
{
    /// <summary>Whether the versions at <paramref name="at"/> are a dependency's, a floor's or a range's, not a value to return to.</summary>
    private static bool OfDependency(string notes, int at, string before, string after)
    {
        if (IsRange(before) || IsRange(after))
        {
            return true;
        }

        if (!IsVersionLike(before) || !IsVersionLike(after))
        {
            return false;
        }

        var lineStart = notes.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        if (lineStart > at)
        {
            lineStart = 0;
        }

        return DependencyWords().IsMatch(notes.AsSpan(lineStart, at - lineStart)) || ParentSpeaksOfDependencies(notes, lineStart);
    }

    /// <summary>An indented item ("  - openai: 1.102.0 → 2.7.1") belongs to the line above it that is less indented, or to its heading.</summary>
    private static bool ParentSpeaksOfDependencies(string notes, int lineStart)
    {
        var lines = NotesLines.Of(notes[..lineStart]);
        var current = notes[lineStart..].Split('\n')[0];
        var indent = Indent(current);
        for (var index = lines.Length - 1; index >= 0; index--)
        {
            var line = lines[index];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (NotesLines.IsHeading(line))
            {
                return DependencyWords().IsMatch(line);
            }

            if (Indent(line) < indent)
            {
                return DependencyWords().IsMatch(line);
            }
        }

        return false;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>"1.7.31", "v2.7.1", "3.12": a dotted version, not a size or a count.</summary>
    private static bool IsVersionLike(string value) => DottedVersion().IsMatch(value);

    /// <summary>"3.12.2/3", "3.12.4+", ">=2.0", "v1.28.x": a range or a series of versions has no single value to go back to.</summary>
    private static bool IsRange(string value) => VersionRange().IsMatch(value);

    [GeneratedRegex(@"^v?\d+(?:\.\d+)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DottedVersion();

    [GeneratedRegex(@"^v?\d+(?:\.\d+)*(?:/\d+|\+|\.[x*])$|^[<>~^]=?\s*v?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex VersionRange();

    [GeneratedRegex(@"\b(?:bump(?:s|ed|ing)?|chore|deps?|dependenc(?:y|ies)|dependabot|renovate|sdks?|librar(?:y|ies)|crates?|gems?|minimal|minimum|required|supported|at\s+least|floor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DependencyWords();
}
