using System.Text.RegularExpressions;

namespace DeployBot.Core.Text;

/// <summary>
/// Whose changelog the notes are: the repository of the link they were read from, else the repository the notes link to
/// most often ("…/compare/v5.3.0...v5.3.1", "…/pull/1298"). Its owner and name tell a vendor's client library, a
/// Terraform provider or a Helm chart from an application.
/// </summary>
public static partial class OwnRepository
{
    /// <summary>The repository of <paramref name="link"/> when it is one, else the one <paramref name="notes"/> link to most often; null when neither names one.</summary>
    public static (string Owner, string Name)? Of(string notes, string? link = null) =>
        (link is null ? null : MostLinked(link)) ?? MostLinked(notes);

    private static (string Owner, string Name)? MostLinked(string text) =>
        RepositoryLink().Matches(text)
            .GroupBy(match => (match.Groups["owner"].Value.ToLowerInvariant(), match.Groups["name"].Value.ToLowerInvariant()))
            .OrderByDescending(group => group.Count()).Select(group => ((string, string)?)group.Key).FirstOrDefault();

    [GeneratedRegex(@"(?<![\w.-])(?:github|gitlab)\.com/(?<owner>[\w.-]+)/(?<name>[\w.-]+?)(?:\.git)?(?=[/#?)\]\s]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RepositoryLink();
}
