using System.Globalization;
using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A deletion the notes offer rather than require ("you can delete the old index", "optionally remove …", "if you want
/// `service_name` to be fast, you have to delete first the existing index"): the operator's choice, so no step of this
/// window removes anything for it. It is a follow-up, decided with the data owner and planned on its own with a snapshot
/// first, since it is as one-way as any other deletion.
/// </summary>
internal static partial class OptionalDeletion
{
    /// <summary>The item offers a deletion as a choice.</summary>
    public static bool Offered(string item) => Offer().IsMatch(item);

    /// <summary>One follow-up per offered deletion, pointing at its line and the names it gives.</summary>
    public static IEnumerable<string> FollowUps(PlanFacts facts) =>
        Offers(facts).Select(offer => $"Follow-up (optional, not part of this deployment): {offer.Where} offers a deletion{offer.What} that this release does not require; decide with the data owner whether it is wanted, and if so plan it as its own change with a snapshot taken first, since it cannot be undone.");

    /// <summary>At the close, the window's record says the offered deletion was left alone, so no one takes it up at 2 a.m. by mistake.</summary>
    public static IEnumerable<TimedStep> Steps(PlanFacts facts) =>
        Offers(facts).Select(offer => TimedStep.Manual(Phase.Close,
            $"Record in the plan's thread that the deletion {offer.Where} offers{offer.What} was not done in this window: the release does not require it, so it goes to the data owner as an optional follow-up (Next Actions)", null, 5));

    private static IEnumerable<(string Where, string What)> Offers(PlanFacts facts) =>
        facts.Destructive.Where(item => Offered(item.Text)).Select(item =>
        {
            var where = OperatorActions.LineOf(facts.Notes, item.Text) is { } line ? $"line {line.ToString(CultureInfo.InvariantCulture)} of the notes" : "the notes";
            var names = NotesFacts.NamesIn(item.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var named = ReleaseAnalyzer.RemovedNames(item.Text, names).Take(3).ToArray();
            return (where, named.Length > 0 ? $" ({Wording.Code(named)})" : string.Empty);
        }).Distinct();

    /// <summary>"you can delete", "you may remove", "optionally drop", "feel free to remove", "if you want …, (you have to) delete".</summary>
    [GeneratedRegex(@"\b(?:you|users|operators|admins|administrators)\s+(?:can|may|could|might)\s+(?:now\s+|safely\s+|also\s+|then\s+)?(?:delete|remove|drop|purge|clean\s+up)\b
        | \boptional(?:ly)?\b[^.;\n]{0,30}?\b(?:delet|remov|drop|purg|clean)\w*
        | \bfeel\s+free\s+to\s+(?:delete|remove|drop|purge)\b
        | \bif\s+you\s+(?:want|wish|prefer|would\s+like|'d\s+like)\b[^.;\n]{0,80}?\b(?:delete|remove|drop|purge)\b",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Offer();
}
