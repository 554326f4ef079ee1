using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>Names with a service's shape that the release does not ship: what it removes, a link's path, a companion tool.</summary>
internal sealed partial record NotesFacts
{
    /// <summary>
    /// The name is no service this release rolls out: every mention is inside a link ("…/kubernetes-sigs/gateway-api/…"),
    /// or removed ("Remove obsoleted jaeger-query-proxy"), or it is a companion the notes' users run beside the release
    /// ("users of pg-backup-api will need to upgrade it to version 0.2.0", in a changelog headed 3.0.0).
    /// </summary>
    private static bool NotShipped(string notes, string name)
    {
        var mentions = Regex.Matches(notes, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])", RegexOptions.CultureInvariant, MatchBudget.Timeout);
        if (mentions.Count == 0)
        {
            return false;
        }

        bool InLink(Match mention) => LinkStart().Match(notes[Math.Max(0, mention.Index - 200)..mention.Index]).Success;
        bool Removed(Match mention) => RemovedBefore().IsMatch(notes[Math.Max(0, mention.Index - 40)..mention.Index]);
        if (mentions.All(mention => InLink(mention) || Removed(mention)))
        {
            return true;
        }

        var heading = HeadingVersion(notes);
        var companion = Regex.Match(notes, $@"\b(?:users\s+of|if\s+you\s+(?:use|are\s+using|run|are\s+running))\s+`?{Regex.Escape(name)}\b|\b(?:upgrade|update|bump)\s+`?{Regex.Escape(name)}`?\s+to\s+(?:version\s+)?v?(?<version>\d+\.\d+(?:\.\d+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);
        return heading is not null && companion.Success && (!companion.Groups["version"].Success || companion.Groups["version"].Value != heading);
    }

    /// <summary>A link runs up to the mention: "https://github.com/kubernetes-sigs/" with no space after it.</summary>
    [GeneratedRegex(@"(?:https?://|www\.)[^\s)\]>""'`]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex LinkStart();

    [GeneratedRegex(@"\b(?:remove[sd]?|removing|drop(?:s|ped)?|delete[sd]?|retire[sd]?)\s+(?:the\s+)?(?:(?:obsolete[d]?|deprecated|unused|legacy|old)\s+)?`?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RemovedBefore();
}
