using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Release-kind forms read in session 32: a plain-text header that names the step between two releases ("CHANGES FROM 3.7b
/// TO 3.7c", "Changes from 2.3 to 2.4, 20 April 2017", as tmux and other C projects write them), whose version is the one
/// after "to"; a version with a letter after its minor ("3.7c", "1.1.1w"), the letter patches of those projects, read as the
/// patch it is (3.7c is 3.7's third patch); and a list item that holds only a version and its date ("* 3.5.3 (June 1,
/// 2020)"), the release header of Python projects' plain-text CHANGES files.
/// </summary>
internal static partial class KindSignals
{
    /// <summary>A header line of the forms above, read as "Version x.y.z"; any other line as it is.</summary>
    internal static string VersionOfHeader32(string line)
    {
        if (ChangesFromTo32().Match(line) is not { Success: true } match)
        {
            return line;
        }

        var version = match.Groups["version"].Value;
        return match.Groups["letter"].Success
            ? string.Create(CultureInfo.InvariantCulture, $"Version {version}.{char.ToLowerInvariant(match.Groups["letter"].Value[0]) - 'a' + 1}")
            : "Version " + version;
    }

    [GeneratedRegex("""
        ^\W*changes\s+(?:from|between)\s+v?\d+(?:\.\d+){1,3}[a-z]?\s+(?:to|and)\s+v?(?<version>\d+(?:\.\d+){1,3})(?<letter>[a-z])?\b
        """, Options, TimeoutMs)]
    private static partial Regex ChangesFromTo32();

    /// <summary>A line that heads one release in the forms above: "CHANGES FROM 3.7b TO 3.7c", "* 3.5.3 (June 1, 2020)".</summary>
    internal static bool IsReleaseHeader32(string line) => ChangesFromTo32().IsMatch(line) || BulletVersionDate32().IsMatch(line);

    [GeneratedRegex("""
        ^\s*(?:[*-]\s+)?v?\d+(?:\.\d+){1,3}\s+\((?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\)\s*$
        """, Options, TimeoutMs)]
    private static partial Regex BulletVersionDate32();
}
