using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A node pool the notes add, and the one they drain and delete: "tf: new node pool gpu-pool (n1-standard-8 + T4), old
/// pool-a drained + deleted". The new pool takes the old pool's pods, so it is created and ready before the old one is
/// cordoned and drained, and deleting the old pool is final.
/// </summary>
/// <param name="New">The pool created, or null when the notes do not name one.</param>
/// <param name="Old">The pool drained and deleted, or null when nothing is removed.</param>
/// <param name="Deleted">The notes delete the old pool (not only drain or scale it down).</param>
internal sealed partial record NodePoolChange(string? New, string? Old, bool Deleted)
{
    public static NodePoolChange? Read(string notes)
    {
        if (!Pool().IsMatch(notes))
        {
            return null;
        }

        var replaced = Replaced().Match(notes);
        var created = replaced.Success ? replaced.Groups["new"] : Created().Match(notes).Groups["name"];
        var old = replaced.Success ? replaced : OldPool().Match(notes);
        var retired = old.Success ? old : Retired().Match(notes);
        var name = retired.Success ? retired.Groups["name"].Value : null;
        // A replaced pool goes away; a drained one only when the notes delete it.
        var deletion = name is null ? Match.Empty : Deletes().Match(notes[retired.Index..]);
        var later = deletion.Success && deletion.Groups["after"].Success ? deletion.Groups["after"].Value : null;
        return !created.Success && name is null
            ? null
            : new NodePoolChange(created.Success ? created.Value : null, name, deletion.Success || replaced.Success) { DeletedAfter = later };
    }

    /// <summary>When the notes delete the old pool later ("deleted after 24h"): a follow-up, not a step in this window.</summary>
    public string? DeletedAfter { get; init; }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string Name = @"`?(?!(?:and|then|the|a|an|it|them|its|first|after|before|with|to|of|in|on|is|be|nodes?)\b)(?<name>[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)`?";

    [GeneratedRegex(@"\bnode[\s-]?pools?\b | \bnode[\s-]?groups?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Pool();

    /// <summary>"new node pool gpu-pool", "add node pool gpu-pool", "create the gpu-pool node pool".</summary>
    [GeneratedRegex(@"\b(?:new|add(?:s|ed)?|creat\w*)\s+(?:a\s+|the\s+)?(?:node[\s-]?(?:pool|group)\s+)" + Name + @"(?!\s+(?:drain|delet|remov))
        | \b(?:new|add(?:s|ed)?|creat\w*)\s+(?:a\s+|the\s+)?" + Name + @"\s+node[\s-]?(?:pool|group)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Created();

    /// <summary>"replace node pool pool-a with pool-b", "replace node group general-m5 with general-m7i": the old one is the name.</summary>
    [GeneratedRegex(@"\breplac\w*\s+(?:the\s+)?node[\s-]?(?:pool|group)\s+" + Name + @"\s+(?:with|by)\s+(?:the\s+)?(?:new\s+)?(?:node[\s-]?(?:pool|group)\s+)?`?(?<new>[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Replaced();

    /// <summary>"old pool-a", "old node pool pool-a".</summary>
    [GeneratedRegex(@"\bold\s+(?:node[\s-]?(?:pool|group)\s+)?" + Name, Options, MatchBudget.Milliseconds)]
    private static partial Regex OldPool();

    /// <summary>"np-highmem-1 drained", "drain pool-a", "delete node pool pool-a": a removed name only counts as a pool when drained or called one.</summary>
    [GeneratedRegex(@"\b(?:drain|delet|remov|retir)\w*\s+(?:the\s+)?(?:old\s+)?node[\s-]?(?:pool|group)\s+" + Name + @" | \bdrain\w*\s+(?:the\s+)?" + Name + @" | " + Name + @"\s+(?:is\s+|gets\s+)?drain\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Retired();

    [GeneratedRegex(@"^[^.\n;]{0,60}?\b(?:delet\w* | remov\w* | destroy\w* | retir\w*)(?:\s+after\s+(?<after>\d+\s*(?:h|hours?|d|days?|w|weeks?)\b(?:\s+soak)?))?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Deletes();
}
