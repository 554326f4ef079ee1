using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// "Drop the Example DB database and recreate it using the provided schema", "they have to be deleted and recreated":
/// what is dropped is made again, empty, in the same step. That is one recreate step of the procedure (with the snapshot
/// before it), not a removed item whose last user must be gone before a contract step after the rollout; the words cut
/// from it ("Example") name nothing the release retires.
/// </summary>
public static partial class RemovedShape
{
    /// <summary>Every removal word of the item is followed by a recreate of what it removes ("Drop the X database and recreate it").</summary>
    public static bool Recreates(string item)
    {
        var words = RemovalWord().Matches(item);
        return words.Count > 0 && words.All(word => Recreated(item[(word.Index + word.Length)..]));
    }

    /// <summary>The text after a removal word recreates what it removed ("… and recreate it", "… and recreated").</summary>
    private static bool Recreated(string after) => RecreatedAfter().IsMatch(after);

    /// <summary>
    /// "and recreate it/them", "and re-create the same", "and recreated", "and then rebuild it", in the same clause; "drop
    /// the old table and recreate the index" recreates something else and is not matched.
    /// </summary>
    [GeneratedRegex(@"^[^.;\n]{0,80}?\band\s+(?:then\s+)?re-?(?:create|build|initiali[sz]e)(?:\s+(?:it|them|the\s+same|from\s+scratch)\b|d\b|s\s+(?:it|them)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RecreatedAfter();
}
