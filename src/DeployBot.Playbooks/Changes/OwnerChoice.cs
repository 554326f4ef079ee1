using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A choice the notes leave to the operator before the upgrade: "you must choose what to do about this change … 1. Move
/// to the new API group 2. Keep the old one", "you have to decide between: 1. … 2. …". It is decided by the owner and
/// recorded before the window, with the data backed up first; the plan never picks one silently.
/// </summary>
internal sealed partial record OwnerChoice(IReadOnlyList<string> Options)
{
    public static OwnerChoice? Read(string notes)
    {
        if (Choose().Match(notes) is not { Success: true } choose)
        {
            return null;
        }

        var after = notes[(choose.Index + choose.Length)..];
        var first = Numbered().Match(after);
        if (!first.Success || first.Index > 300)
        {
            return null;
        }

        var options = new List<string>();
        for (var item = first; item.Success && options.Count < 4; item = item.NextMatch())
        {
            if (options.Count > 0 && item.Groups["n"].Value != (options.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                break;
            }

            options.Add(item.Groups["text"].Value.Trim());
        }

        return options.Count >= 2 ? new OwnerChoice(options) : null;
    }

    private const RegexOptions Flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\byou\s+(?:must|need\s+to|have\s+to|will\s+have\s+to)\s+(?:choose|decide|pick|select)\b", Flags, MatchBudget.Milliseconds)]
    private static partial Regex Choose();

    [GeneratedRegex(@"^[ \t]*(?<n>[1-9])[.)][ \t]+(?<text>[^\n]+)", Flags | RegexOptions.Multiline, MatchBudget.Milliseconds)]
    private static partial Regex Numbered();
}
