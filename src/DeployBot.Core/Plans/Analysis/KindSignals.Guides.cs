using System.Globalization;
using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Upgrade guides: a document written for moving from one major version to the next ("Upgrade from 4.x to 5.x",
/// "Upgrading from v6 to v7", "Changes between Bunny 2.24.0 and 3.0.0"), and the notes that send the operator to a
/// migration guide ("see the v5 migration guide"). Both say the release is a major step the operator plans for.
/// </summary>
internal static partial class KindSignals
{
    /// <summary>
    /// A heading that names a move across major versions: "Upgrade from 4.x to 5.x", "Upgrading from v6 to v7", "From v9
    /// to v10", "Upgrade to v4.x", "Changes between Bunny 2.24.0 and 3.0.0". Not a guide to a minor ("Upgrading to v2.15",
    /// "Upgrade from 1.3 to 1.4").
    /// </summary>
    public static bool CrossesMajorVersion(IEnumerable<string> headings) =>
        headings.Any(heading => MajorGuideHeading().Matches(heading).Any(match =>
            !match.Groups["from"].Success
            || int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture) < int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture)));

    [GeneratedRegex("""
        ^\W*(?:(?:upgrad\w*|migrat\w*|moving)\s+(?:guide\s+)?)?from\s+v?(?<from>\d+)(?:\.(?:x|\d+))*\s+to\s+v?(?<to>\d+)(?:\.(?:x|0))*(?![.\d]*\.[1-9])\b
        | ^\W*(?:upgrad\w*|migrat\w*)\s+to\s+v?(?<to>\d+)\.x\b
        | ^\W*v?(?<from>\d+)\.\d+(?:\.\d+)?\s+(?:to|->|→)\s+v?(?<to>\d+)\.0(?:\.0)?\W*$
        | \bchanges\s+between\s+[^\n]{0,40}?\bv?(?<from>\d+)\.\d+(?:\.\d+)?\s+and\s+[^\n]{0,40}?\bv?(?<to>\d+)\.0(?:\.0)?(?![.\d])
        """, Options, TimeoutMs)]
    private static partial Regex MajorGuideHeading();

    /// <summary>
    /// The notes send the operator to a migration guide ("our v5 migration guide", "Add migration guide from v1.x to
    /// v2.x"): in a major or a 0.x minor that is the upgrade step, the way "follow the upgrade guide" is.
    /// </summary>
    [GeneratedRegex(@"\bmigration\s+guide\b", Options, TimeoutMs)]
    internal static partial Regex MigrationGuide();
}
