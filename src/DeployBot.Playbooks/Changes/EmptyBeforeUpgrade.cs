using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A state the notes require before the upgrade starts: "Before upgrading please ensure all MQTT shared subscriptions are
/// empty", "make sure every queue is drained before you upgrade", "ensure all pending jobs are processed prior to the
/// update". It is a check before the rollout that blocks it: what is left behind (messages in a queue the new version
/// names differently, jobs in an old format) is not picked up after it. The notes' fallback when the check fails ("If they
/// are not empty you can move the messages …") goes with it.
/// </summary>
/// <param name="What">What must be in that state, in the notes' words ("all MQTT shared subscriptions").</param>
/// <param name="State">The state ("empty", "drained").</param>
/// <param name="Line">The line of the notes it is on (1 for the first).</param>
/// <param name="Otherwise">The notes' sentence for when the check fails, or null.</param>
internal sealed partial record EmptyBeforeUpgrade(string What, string State, int Line, string? Otherwise)
{
    public static EmptyBeforeUpgrade? Read(string notes)
    {
        if ((BeforeFirst().Match(notes) is { Success: true } first ? first : EnsureFirst().Match(notes)) is not { Success: true } found)
        {
            return null;
        }

        var what = Space().Replace(found.Groups["what"].Value, " ").Trim();
        var rest = notes[(found.Index + found.Length)..];
        var otherwise = Fallback().Match(rest) is { Success: true } fallback && fallback.Index < 400 ? fallback.Value.Trim() : null;
        return new EmptyBeforeUpgrade(what, found.Groups["state"].Value.Trim(), OperatorActions.LineOf(notes, found.Value) ?? 1, otherwise);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string StateWords = @"(?<state>empty|drained|fully\s+(?:consumed|processed|drained)|consumed|processed|completed|finished)";

    /// <summary>"Before upgrading (please) ensure (that) all X are empty", "Prior to the upgrade, make sure every X is drained".</summary>
    [GeneratedRegex(@"\b(?:before|prior\s+to)\s+(?:you\s+)?(?:upgrad\w*|updat\w*|migrat\w*|the\s+(?:upgrade|update|migration))\b[^.;\n]{0,30}?,?\s*(?:please\s+|you\s+(?:must|should|need\s+to)\s+)?(?:ensure|make\s+sure|check|verify|confirm)\s+(?:that\s+)?(?<what>[^.;\n]{3,80}?)\s+(?:are|is)\s+(?:all\s+|completely\s+)?" + StateWords + @"\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex BeforeFirst();

    /// <summary>"Ensure all X are empty before upgrading", "Make sure the queues are drained before you upgrade".</summary>
    [GeneratedRegex(@"\b(?:ensure|make\s+sure)\s+(?:that\s+)?(?<what>[^.;\n]{3,80}?)\s+(?:are|is)\s+(?:all\s+|completely\s+)?" + StateWords + @"\s+(?:before|prior\s+to)\s+(?:you\s+)?(?:upgrad\w*|updat\w*|migrat\w*|the\s+(?:upgrade|update|migration))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex EnsureFirst();

    /// <summary>"If they are not empty you can move the messages …", "Otherwise, …": what to do when the check fails.</summary>
    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n)(?:if\s+(?:they|it|any|some|there)\b[^.\n]{0,40}?\bnot\b|otherwise\b|if\s+not\b)[^.\n]{3,200}", Options, MatchBudget.Milliseconds)]
    private static partial Regex Fallback();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Space();
}
