using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A change the notes say breaks every user unless their code changes, with the change itself ("This breaks ALL users of
/// the Client class … tl;dr add `CallbackAPIVersion.VERSION1` to the first argument of `Client()`", "your passwords will
/// break unless you specify `Sha512`"): the edit ships in the build before the rollout, quoted as the notes give it; after
/// the rollout it is too late, since the new version already fails without it.
/// </summary>
/// <param name="Breaks">The sentence that says who breaks.</param>
/// <param name="Fix">The edit the notes give, in their words.</param>
internal sealed partial record RequiredCodeChange(string Breaks, string Fix)
{
    public static IReadOnlyList<RequiredCodeChange> Read(string notes)
    {
        var found = new List<RequiredCodeChange>();
        foreach (var block in DestructiveBehaviour.Blocks(notes))
        {
            if (BreaksAll().Match(block) is not { Success: true } breaks)
            {
                continue;
            }

            // The fix comes with the warning or after it, in the same item.
            var after = block[breaks.Index..];
            if (FixPattern().Match(after) is { Success: true } fix && fix.Groups["fix"].Value.Trim() is { Length: > 4 } edit && !found.Any(change => change.Fix == edit))
            {
                found.Add(new RequiredCodeChange(Sentence(block, breaks.Index), edit));
            }
        }

        return found;
    }

    /// <summary>The sentence around <paramref name="at"/>, from the stop before it to the stop after it.</summary>
    private static string Sentence(string block, int at)
    {
        var start = block.LastIndexOfAny(['.', '!', '?'], Math.Max(0, at - 1)) + 1;
        var end = block.IndexOfAny(['.', '!', '?'], at);
        return block[start..(end < 0 ? block.Length : end)].Trim();
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"This breaks *ALL* users of …", "breaks every existing caller", "will break unless you specify …".</summary>
    [GeneratedRegex(@"\bbreak(?:s|ing)?\s+(?:for\s+)?[*_]*(?:all|every|each)[*_]*\s+(?:existing\s+|current\s+)?(?:users?|callers?|clients?|consumers?|code|integrations?|installations?|applications?|apps|projects?)\b
        | \b(?:will|would)\s+break\s+unless\s+you\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex BreaksAll();

    /// <summary>"tl;dr add X to Y", "you must add X", "unless you specify X", "simply pass X as …": the edit, up to its sentence's end.</summary>
    [GeneratedRegex(@"\btl\s*;?\s*dr\s*[;:,]?\s*(?<fix>[^\n]{5,200}?)(?:\.\s|\.$|$)
        | \b(?:you\s+(?:must|need\s+to|have\s+to|should)|unless\s+you|simply|just)\s+(?<fix>(?:add|pass|set|specify|use|call|replace|change|update|configure)\b[^\n]{3,200}?)(?:\.\s|\.$|$)", Options, MatchBudget.Milliseconds)]
    private static partial Regex FixPattern();
}
